import type { ByohInstance, CheckStatus } from '../../../server/contract/byoh';
import { preflightOutcome } from '../../../server/src/domain/byoh/preflight-checks';

export type PreflightSummary = CheckStatus | 'never';

/** The verdict of an instance's last preflight, or `never`. */
export function lastPreflight(instance: ByohInstance): PreflightSummary {
  return instance.preflight ? preflightOutcome(instance.preflight.checks) : 'never';
}

/** Sorting by preflight: failures first, then warnings, passes, and hosts never checked. */
export const preflightRank: Record<PreflightSummary, number> = {
  fail: 0,
  warn: 1,
  skipped: 1,
  pass: 2,
  never: 3,
};

/** The hosts a preflight can run on: those whose entry names a user. */
export function preflightTargets(
  instances: readonly ByohInstance[],
): { address: string; username: string }[] {
  return instances.flatMap(({ address, username }) =>
    username === undefined ? [] : [{ address, username }],
  );
}
