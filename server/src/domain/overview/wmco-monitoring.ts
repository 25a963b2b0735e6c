import type { V1ManagedFieldsEntry, V1Namespace, V1Pod } from '@kubernetes/client-node';
import { wmcoNames } from '../wmco-names';

/** Whether cluster monitoring scrapes WMCO's metrics, and whether WMCO has seen the label since. */
export interface MonitoringFacts {
  /** The namespace's label reads true as WMCO reads it (Go's strconv.ParseBool). */
  enabled: boolean;
  /** When a field manager last set the label; undefined when the managed fields do not say. */
  labelledAt?: string;
  /** When WMCO's oldest running pod started; undefined while none runs. */
  podStartedAt?: string;
}

const goTrue = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);

const labelField = `f:${wmcoNames.monitoringLabel}`;

/** Whether a field manager's record includes the monitoring label. */
export function ownsMonitoringLabel(entry: V1ManagedFieldsEntry): boolean {
  const fields = entry.fieldsV1 as
    { 'f:metadata'?: { 'f:labels'?: Record<string, unknown> } } | undefined;
  return fields?.['f:metadata']?.['f:labels']?.[labelField] !== undefined;
}

/**
 * The latest time of the managed-fields entries that own the label. An entry's time is the last change
 * its manager made to any of its fields, so it is never earlier than the label's own: a restart may be
 * offered once more than needed, never missed.
 */
export function monitoringLabelTime(
  managedFields: readonly V1ManagedFieldsEntry[] | undefined,
): string | undefined {
  const times = (managedFields ?? [])
    .filter(ownsMonitoringLabel)
    .map((entry) => entry.time)
    .filter((time): time is Date => time !== undefined)
    .map((time) => new Date(time).toISOString())
    .sort();
  return times.at(-1);
}

/** The oldest start among WMCO's pods that are not going away. */
function oldestStart(pods: readonly V1Pod[]): string | undefined {
  return pods
    .filter((pod) => !pod.metadata?.deletionTimestamp && pod.status?.startTime)
    .map((pod) => new Date(pod.status?.startTime ?? 0).toISOString())
    .sort()
    .at(0);
}

export function monitoringFacts(namespace: V1Namespace, pods: readonly V1Pod[]): MonitoringFacts {
  const value = namespace.metadata?.labels?.[wmcoNames.monitoringLabel];
  return {
    enabled: value !== undefined && goTrue.has(value),
    labelledAt: monitoringLabelTime(namespace.metadata?.managedFields),
    podStartedAt: oldestStart(pods),
  };
}
