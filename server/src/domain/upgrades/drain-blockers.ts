import type { V1LabelSelector, V1Pod, V1PodDisruptionBudget } from '@kubernetes/client-node';

/** What a drain of the node still faces: pods to evict, and the budgets that refuse to let one go. */
export interface DrainOutlook {
  podsToEvict: number;
  /** `namespace/name` of each PodDisruptionBudget that allows no disruption of a pod on the node. */
  blockedBy: string[];
}

/** A drain skips DaemonSet pods and mirror pods, and finished or deleted pods need no eviction. */
function needsEviction(pod: V1Pod): boolean {
  if (pod.metadata?.deletionTimestamp) return false;
  if (pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') return false;
  if (pod.metadata?.annotations?.['kubernetes.io/config.mirror']) return false;
  return !pod.metadata?.ownerReferences?.some((owner) => owner.kind === 'DaemonSet');
}

/** Kubernetes label selector semantics; in policy/v1 an empty selector selects every pod. */
export function selects(selector: V1LabelSelector | undefined, labels: Record<string, string>) {
  if (!selector) return false;
  const matchLabels = Object.entries(selector.matchLabels ?? {}).every(
    ([key, value]) => labels[key] === value,
  );
  return (
    matchLabels &&
    (selector.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
      const value = labels[key];
      switch (operator) {
        case 'In':
          return value !== undefined && values.includes(value);
        case 'NotIn':
          return value === undefined || !values.includes(value);
        case 'Exists':
          return value !== undefined;
        case 'DoesNotExist':
          return value === undefined;
        default:
          return false;
      }
    })
  );
}

/** Whether the eviction API would refuse: it does once a budget allows no more disruptions. */
function allowsNoDisruption(budget: V1PodDisruptionBudget): boolean {
  return (budget.status?.disruptionsAllowed ?? 0) < 1;
}

export function drainOutlook(
  podsOnNode: readonly V1Pod[],
  budgets: readonly V1PodDisruptionBudget[],
): DrainOutlook {
  const pods = podsOnNode.filter(needsEviction);
  const blockedBy = budgets
    .filter(
      (budget) =>
        allowsNoDisruption(budget) &&
        pods.some(
          (pod) =>
            pod.metadata?.namespace === budget.metadata?.namespace &&
            selects(budget.spec?.selector, pod.metadata?.labels ?? {}),
        ),
    )
    .map((budget) => `${budget.metadata?.namespace ?? ''}/${budget.metadata?.name ?? ''}`);
  return { podsToEvict: pods.length, blockedBy: [...new Set(blockedBy)].sort() };
}
