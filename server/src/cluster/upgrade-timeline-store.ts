import { ApiException, type CoreV1Api, type V1ConfigMap } from '@kubernetes/client-node';
import type { NodeUpgradeState } from '../../contract/upgrades';
import {
  parseTimeline,
  recordStates,
  type UpgradeTimeline,
} from '../domain/upgrades/upgrade-timeline';

/**
 * The record lives in WMCO's namespace, written with the caller's token: whoever follows and approves
 * WMCO upgrades works there (approving the InstallPlan needs it), while the plugin's own namespace
 * would need every viewer to get write access to the BFF's home. It also goes when WMCO goes.
 */
export const timelineConfigMap = 'windows-nodes-upgrade-timeline';
const timelineKey = 'timeline.json';
const attempts = 5;

export interface RecordedTimeline {
  timeline?: UpgradeTimeline;
  /** False when the caller may not write the record: the page then shows what it saw itself. */
  writable: boolean;
}

function statusOf(error: unknown): number | undefined {
  return error instanceof ApiException ? error.code : undefined;
}

function withTimeline(
  namespace: string,
  existing: V1ConfigMap | undefined,
  timeline: UpgradeTimeline,
): V1ConfigMap {
  const labels = existing?.metadata?.labels ?? {};
  return {
    metadata: {
      name: timelineConfigMap,
      namespace,
      // The precondition: a replace computed from an older read is refused with 409.
      resourceVersion: existing?.metadata?.resourceVersion,
      labels: { ...labels, 'app.kubernetes.io/managed-by': 'windows-nodes-plugin' },
      annotations: existing?.metadata?.annotations,
    },
    data: { ...existing?.data, [timelineKey]: JSON.stringify(timeline) },
  };
}

export function readTimeline(configMap: V1ConfigMap | undefined): UpgradeTimeline | undefined {
  return parseTimeline(configMap?.data?.[timelineKey]);
}

/**
 * Adds the states just observed to the shared record. Writes carry the resourceVersion they were
 * computed from, so of two replicas or tabs writing at once one is refused, re-reads and merges:
 * no transition is lost, and one seen by both is recorded once.
 */
export async function recordTimeline(
  core: CoreV1Api,
  namespace: string,
  existing: V1ConfigMap | undefined,
  target: string,
  observed: { node: string; state: NodeUpgradeState }[],
  at: string,
): Promise<RecordedTimeline> {
  let current = existing;
  let latest = readTimeline(current);
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const { timeline, changed } = recordStates(readTimeline(current), target, observed, at);
    latest = timeline;
    if (!changed) return { timeline, writable: true };
    const body = withTimeline(namespace, current, timeline);
    try {
      await (current
        ? core.replaceNamespacedConfigMap({ name: timelineConfigMap, namespace, body })
        : core.createNamespacedConfigMap({ namespace, body }));
      return { timeline, writable: true };
    } catch (error) {
      const status = statusOf(error);
      if (status === 403) return { timeline, writable: false };
      if (status !== 409) throw error;
      current = await core
        .readNamespacedConfigMap({ name: timelineConfigMap, namespace })
        .catch((readError: unknown) => {
          if (statusOf(readError) === 404) return undefined;
          throw readError;
        });
    }
  }
  // Still contended after several rounds: show what was seen; the next change records it.
  return { timeline: latest, writable: true };
}
