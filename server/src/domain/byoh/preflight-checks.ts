import type { CheckId, CheckResult, CheckStatus } from '../../../contract/byoh';

/** The order checks are listed in: each one needs the ones before it to have got somewhere. */
export const checkOrder: readonly CheckId[] = [
  'ssh-port',
  'host-key',
  'login',
  'default-shell',
  'windows-build',
  'hostname',
  'reverse-dns',
  'node-ports',
  'network-adapters',
  'containerd',
  'api-int',
];

/** The checks one preflight runs: api-int only where the cluster needs it (vSphere). */
export function checksToRun(apiIntChecked: boolean): readonly CheckId[] {
  return apiIntChecked ? checkOrder : checkOrder.filter((id) => id !== 'api-int');
}

/** Why a check could not run. */
export type SkipReason =
  'unresolvable' | 'no-connection' | 'no-handshake' | 'host-key-refused' | 'no-login';

export function skipped(id: CheckId, reason: SkipReason): CheckResult {
  return { id, status: 'skipped', code: reason };
}

const rank: Record<CheckStatus, number> = { pass: 0, warn: 1, skipped: 2, fail: 3 };

/** A host's verdict is its worst check; a skipped check means an earlier one failed. */
export function preflightOutcome(checks: readonly CheckResult[]): CheckStatus {
  const worst = checks.reduce((max, check) => Math.max(max, rank[check.status]), 0);
  return worst === rank.pass ? 'pass' : worst === rank.warn ? 'warn' : 'fail';
}

/** The checks in list order, one per id, later results replacing earlier ones (a re-run after a fix). */
export function inCheckOrder(checks: readonly CheckResult[]): CheckResult[] {
  const latest = new Map(checks.map((check) => [check.id, check]));
  return checkOrder.flatMap((id) => {
    const check = latest.get(id);
    return check ? [check] : [];
  });
}
