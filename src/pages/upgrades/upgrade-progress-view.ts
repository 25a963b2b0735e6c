import type {
  NodeUpgrade,
  OperatorUpgrade,
  UpgradeProgress,
} from '../../../server/contract/upgrades';

/** What the progress panel says, decided apart from how it is drawn. */
export interface ProgressView {
  /** The version the bar counts nodes on; absent when WMCO does not say. */
  version?: string;
  /** A newer WMCO waits to be approved or installed: no node is on it yet. */
  pending: boolean;
  done: number;
  total: number;
  /** The node WMCO works on now. */
  current?: NodeUpgrade;
  /** The node WMCO takes next. */
  next?: NodeUpgrade;
  /** The first node that stopped the upgrade, and since when it has not moved on. */
  stalled?: { node: NodeUpgrade; since?: string };
  /** Seconds left: none while stalled, while pending, or before a node has finished. */
  secondsLeft?: number;
}

function stalledSince(node: NodeUpgrade): string | undefined {
  return node.reason?.since ?? node.history.findLast((entry) => entry.state === node.state)?.at;
}

/**
 * Progress measured against the version nodes will be moved to: while an update waits, that is the
 * update's version and no node has reached it, however current they are on the installed one. After a
 * node fails or is blocked, WMCO moves no other node, so the time left is not counted down.
 */
export function progressView(
  operator: OperatorUpgrade,
  progress: UpgradeProgress,
  nodes: readonly NodeUpgrade[],
): ProgressView {
  const update = operator.availableUpdate;
  const pending = update !== undefined || operator.pendingInstallPlan !== undefined;
  const stalledNode = nodes.find((node) => node.state === 'failed' || node.state === 'blocked');
  const current = nodes.find((node) => node.name === progress.inProgress);
  return {
    version: pending ? (update?.version ?? update?.csv) : operator.targetVersion,
    pending,
    done: pending ? 0 : progress.done,
    total: progress.total,
    current,
    next: pending ? undefined : nodes.find((node) => node.state === 'waiting'),
    stalled: stalledNode ? { node: stalledNode, since: stalledSince(stalledNode) } : undefined,
    secondsLeft: pending || stalledNode ? undefined : progress.secondsLeft,
  };
}
