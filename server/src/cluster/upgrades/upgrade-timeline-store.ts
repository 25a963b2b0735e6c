import type { V1ConfigMap } from '@kubernetes/client-node';
import type { NodeUpgradeState } from '../../../contract/upgrades';
import {
  parseTimeline,
  recordStates,
  type UpgradeTimeline,
} from '../../domain/upgrades/upgrade-timeline';
import type { KubeApi } from '../api/kube-api';
import { changeConfigMap, isStatus } from '../writes/config-map-change';
import type { WriteQueue } from '../writes/write-queue';

/**
 * The record lives in WMCO's namespace, written with the caller's token: whoever follows and approves
 * WMCO upgrades works there (approving the InstallPlan needs it), while the plugin's own namespace
 * would need every viewer to get write access to the BFF's home. It also goes when WMCO goes.
 */
export const timelineConfigMap = 'windows-nodes-upgrade-timeline';
const timelineKey = 'timeline.json';

export interface RecordedTimeline {
  timeline?: UpgradeTimeline;
  /** False when the caller may not write the record: the page then shows what it saw itself. */
  writable: boolean;
}

export function readTimeline(configMap: V1ConfigMap | undefined): UpgradeTimeline | undefined {
  return parseTimeline(configMap?.data?.[timelineKey]);
}

/**
 * Adds the states just observed to the shared record, starting from the ConfigMap as the view read it.
 * Of two replicas or tabs writing at once one is refused, re-reads and merges: no transition is lost,
 * and one seen by both is recorded once. The refused one observes again (`observe`, a fresh read)
 * before it merges: what it saw may be older than the transition the other just recorded, and would
 * be written as a step back.
 */
type Observed = { node: string; state: NodeUpgradeState };

export async function recordTimeline(
  api: KubeApi,
  queue: WriteQueue,
  namespace: string,
  existing: V1ConfigMap | undefined,
  target: string,
  observed: Observed[],
  at: string,
  observe: () => Promise<Observed[]>,
): Promise<RecordedTimeline> {
  let latest = readTimeline(existing);
  let seen = observed;
  let attempts = 0;
  try {
    await changeConfigMap(
      api,
      queue,
      {
        namespace,
        name: timelineConfigMap,
        labels: { 'app.kubernetes.io/managed-by': 'windows-nodes-plugin' },
      },
      async (current) => {
        if (attempts++ > 0) seen = await observe();
        const { timeline, changed } = recordStates(readTimeline(current), target, seen, at);
        latest = timeline;
        return changed ? { ...current?.data, [timelineKey]: JSON.stringify(timeline) } : undefined;
      },
      { current: existing },
    );
  } catch (error) {
    if (isStatus(error, 403)) return { timeline: latest, writable: false };
    // Still contended after every attempt: show what was seen; the next change records it.
    if (!isStatus(error, 409)) throw error;
  }
  return { timeline: latest, writable: true };
}
