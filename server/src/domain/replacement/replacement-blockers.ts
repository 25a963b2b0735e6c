import type { V1PodDisruptionBudget } from '@kubernetes/client-node';
import { imageRunsOn, type ImageAnswer } from '../lifecycle/image-compatibility';
import {
  supportedWindowsVersions,
  windowsServerReleases,
  wmcoRulesFor,
  type WindowsServerVersion,
} from '../support/support-matrix';
import { selects } from '../upgrades/drain-blockers';

/** A workload whose pods run on the old MachineSet's nodes, with what each of its images is. */
export interface AffectedWorkload {
  /** `namespace/Kind/name` */
  workload: string;
  images: { container: string; image: string; answer: ImageAnswer }[];
}

/** A pod on an old node, as far as budgets go. */
export interface PodOnOldNode {
  namespace: string;
  labels: Record<string, string>;
}

export interface ReplacementCheck {
  targetVersion: WindowsServerVersion;
  /** Infrastructure platform and WMCO version: the support matrix must allow the target. */
  platform?: string;
  wmcoVersion?: string;
  architecture: string;
  workloads: AffectedWorkload[];
  /** Workloads that can run on the old nodes now and on no node once they are replaced. */
  stranded?: string[];
  pods: PodOnOldNode[];
  budgets: readonly V1PodDisruptionBudget[];
}

export type BlockerCode =
  | 'image-incompatible'
  | 'no-node-after-move'
  | 'pdb-never-satisfiable'
  | 'windows-version-unsupported';
export type WarningCode = 'image-compatibility-unknown' | 'image-unreadable';

export interface ReplacementFinding<Code> {
  code: Code;
  params: Record<string, string | number>;
}

export interface ReplacementBlockers {
  /** Anything here stops the plan before it changes anything; incompatible images first. */
  blockers: ReplacementFinding<BlockerCode>[];
  /** What could not be judged: shown, but the user may go on. */
  warnings: ReplacementFinding<WarningCode>[];
}

function percent(value: string, of: number): number | undefined {
  const match = /^(\d+)%$/.exec(value);
  return match ? Math.ceil((Number(match[1]) / 100) * of) : undefined;
}

/**
 * A budget no eviction can ever satisfy: it allows no unavailable pod, or wants at least as many
 * healthy pods as it covers. Draining waits for a disruption that never comes (pods are evicted,
 * not surged), so the plan must not start.
 */
function neverSatisfiable(budget: V1PodDisruptionBudget, covered: number): boolean {
  const { maxUnavailable, minAvailable } = budget.spec ?? {};
  const expected = budget.status?.expectedPods ?? covered;
  if (maxUnavailable !== undefined) {
    const allowed =
      typeof maxUnavailable === 'number' ? maxUnavailable : percent(maxUnavailable, expected);
    return allowed === 0;
  }
  if (minAvailable === undefined || expected === 0) return false;
  const wanted = typeof minAvailable === 'number' ? minAvailable : percent(minAvailable, expected);
  return wanted !== undefined && wanted >= expected;
}

function budgetBlockers(check: ReplacementCheck): ReplacementFinding<BlockerCode>[] {
  return check.budgets.flatMap((budget) => {
    const namespace = budget.metadata?.namespace ?? '';
    const covered = check.pods.filter(
      (pod) => pod.namespace === namespace && selects(budget.spec?.selector, pod.labels),
    ).length;
    if (covered === 0 || !neverSatisfiable(budget, covered)) return [];
    return [
      {
        code: 'pdb-never-satisfiable',
        params: { budget: `${namespace}/${budget.metadata?.name ?? ''}` },
      },
    ];
  });
}

/**
 * What stops a move of a MachineSet to `targetVersion` before anything changes: a workload on its
 * nodes whose image does not run on the target build, or that no node would take after the move
 * (pinned to the old build), a budget that blocks every drain, a target the support matrix does not
 * allow. Images that could not be read or judged are warnings.
 */
export function replacementBlockers(check: ReplacementCheck): ReplacementBlockers {
  const release = windowsServerReleases.find(
    (candidate) => candidate.version === check.targetVersion,
  );
  const blockers: ReplacementFinding<BlockerCode>[] = [];
  const warnings: ReplacementFinding<WarningCode>[] = [];
  const rules = check.wmcoVersion ? wmcoRulesFor(check.wmcoVersion) : undefined;
  if (
    rules &&
    check.platform &&
    !supportedWindowsVersions(rules, check.platform).includes(check.targetVersion)
  ) {
    blockers.push({
      code: 'windows-version-unsupported',
      params: { version: check.targetVersion, platform: check.platform, wmco: rules.version },
    });
  }
  for (const { workload, images } of check.workloads) {
    for (const { container, image, answer } of images) {
      const params = { workload, container, image, build: release?.build ?? '' };
      if (!answer.ok) {
        warnings.push({
          code: 'image-unreadable',
          params: { ...params, reason: answer.failure.code },
        });
        continue;
      }
      const verdict = imageRunsOn(answer.description, {
        build: release?.build ?? '',
        architecture: check.architecture,
      });
      if (verdict.verdict === 'does-not-run') {
        blockers.push({ code: 'image-incompatible', params: { ...params, reason: verdict.code } });
      } else if (verdict.verdict === 'unknown') {
        warnings.push({
          code: 'image-compatibility-unknown',
          params: { ...params, reason: verdict.code },
        });
      }
    }
  }
  for (const workload of check.stranded ?? []) {
    blockers.push({
      code: 'no-node-after-move',
      params: { workload, build: release?.build ?? '' },
    });
  }
  const order: readonly BlockerCode[] = ['image-incompatible', 'no-node-after-move'];
  const rank = (a: ReplacementFinding<BlockerCode>) =>
    order.includes(a.code) ? order.indexOf(a.code) : order.length;
  return {
    blockers: [...blockers, ...budgetBlockers(check)].sort((a, b) => rank(a) - rank(b)),
    warnings,
  };
}
