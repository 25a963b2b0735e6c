import { valueAt } from './object-path';

/**
 * Whether `actual` holds every value `wanted` sets: objects key by key (more keys are fine: the API
 * server adds defaults), arrays item by item and of the same length, anything else equal.
 */
export function holdsAll(actual: unknown, wanted: unknown): boolean {
  if (Array.isArray(wanted)) {
    return (
      Array.isArray(actual) &&
      actual.length === wanted.length &&
      wanted.every((item, index) => holdsAll(actual[index], item))
    );
  }
  if (wanted !== null && typeof wanted === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    const fields = actual as Record<string, unknown>;
    return Object.entries(wanted).every(([key, value]) => holdsAll(fields[key], value));
  }
  return actual === wanted;
}

/**
 * Whether the MachineSet in the cluster is the one `requested` creates (its labels and spec as
 * reviewed): a create repeated after its answer was lost then completes instead of failing.
 */
export function isSameMachineSet(existing: unknown, requested: unknown): boolean {
  return (
    existing !== undefined &&
    holdsAll(
      valueAt(existing, 'metadata.labels') ?? {},
      valueAt(requested, 'metadata.labels') ?? {},
    ) &&
    holdsAll(valueAt(existing, 'spec'), valueAt(requested, 'spec'))
  );
}
