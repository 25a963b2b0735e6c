import type { NodeUpgrade, NodeUpgradeState } from '../../../server/contract/upgrades';

/** The PatternFly status a state is shown with; `undefined` is neutral. */
export type StateStatus = 'success' | 'info' | 'warning' | 'danger' | undefined;

/** Summary and filter order: the order a node goes through, verdicts last. */
export const stateOrder: readonly NodeUpgradeState[] = [
  'waiting',
  'cordoned',
  'draining',
  'reconfiguring',
  'rejoining',
  'done',
  'up-to-date',
  'blocked',
  'failed',
];

const statusOfState: Record<NodeUpgradeState, StateStatus> = {
  'up-to-date': 'success',
  waiting: undefined,
  cordoned: 'info',
  draining: 'info',
  reconfiguring: 'info',
  rejoining: 'info',
  done: 'success',
  blocked: 'warning',
  failed: 'danger',
};

export function stateStatus(state: NodeUpgradeState): StateStatus {
  return statusOfState[state];
}

/** The node list's state order: stalled nodes first, then the one WMCO works on, then the rest. */
const attentionOrder: readonly NodeUpgradeState[] = [
  'failed',
  'blocked',
  'rejoining',
  'reconfiguring',
  'draining',
  'cordoned',
  'waiting',
  'done',
  'up-to-date',
];

export function attentionRank(state: NodeUpgradeState): number {
  return attentionOrder.indexOf(state);
}

/** What approving the update will touch: every Windows node, by where it comes from. */
export function approvalScope(nodes: NodeUpgrade[]): {
  total: number;
  machineSet: number;
  byoh: number;
} {
  const byoh = nodes.filter((node) => node.source === 'BYOH').length;
  return { total: nodes.length, machineSet: nodes.length - byoh, byoh };
}
