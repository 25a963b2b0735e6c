// Status helpers for simulated controllers: write a status only when it would change something
// (every write triggers another reconcile), and keep condition transition times stable, as real
// controllers do.

const TIMESTAMP_KEYS = new Set([
  'lastUpdated',
  'lastUpdateTime',
  'lastTransitionTime',
  'lastHeartbeatTime',
]);

/**
 * Whether `actual` already holds every field of `desired` (arrays element by element), timestamps
 * aside.
 */
export function hasFields(actual: unknown, desired: unknown): boolean {
  if (Array.isArray(desired)) {
    return (
      Array.isArray(actual) &&
      actual.length === desired.length &&
      desired.every((item, index) => hasFields(actual[index], item))
    );
  }
  if (desired !== null && typeof desired === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    const fields = actual as Record<string, unknown>;
    return Object.entries(desired).every(
      ([key, value]) =>
        TIMESTAMP_KEYS.has(key) || value === undefined || hasFields(fields[key], value),
    );
  }
  return Object.is(actual, desired);
}

export interface Condition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
}

/**
 * The desired conditions, each keeping its previous lastTransitionTime unless its status changed.
 */
export function withTransitionTimes(
  desired: Condition[],
  previous: Condition[] | undefined,
  now: string,
): Condition[] {
  return desired.map((condition) => {
    const before = previous?.find(
      (old) => old.type === condition.type && old.status === condition.status,
    );
    return { ...condition, lastTransitionTime: before?.lastTransitionTime ?? now };
  });
}
