import Type from 'typebox';
import { Verbatim } from './messages';
import { NodeSource } from './nodes';

/** Where one Windows node stands in a WMCO upgrade (WMCO reconfigures nodes in place, one at a time). */
export const NodeUpgradeState = Type.Union([
  Type.Literal('up-to-date'),
  Type.Literal('waiting'),
  Type.Literal('cordoned'),
  Type.Literal('draining'),
  Type.Literal('reconfiguring'),
  Type.Literal('rejoining'),
  Type.Literal('done'),
  Type.Literal('failed'),
  Type.Literal('blocked'),
]);
export type NodeUpgradeState = Type.Static<typeof NodeUpgradeState>;

/** Why a node is blocked or failed; the page words each code. */
export const UpgradeReasonCode = Type.Union([
  /** WMCO 8.x/9.x stopped the node for in-tree storage; label allow-upgrade=true lets it go on. */
  Type.Literal('upgrade-blocked'),
  /** A PodDisruptionBudget refuses evicting a pod still on the node. */
  Type.Literal('drain-blocked-by-pdb'),
  /** WMCO may not delete the Machine: too many Machines are unhealthy already. */
  Type.Literal('machine-deletion-restricted'),
  /** WMCO reported that configuring the Machine or BYOH instance failed. */
  Type.Literal('setup-failed'),
  Type.Literal('machine-failed'),
  /** No progress for longer than an upgrade of one node takes. */
  Type.Literal('stuck'),
]);
export type UpgradeReasonCode = Type.Static<typeof UpgradeReasonCode>;

export const NodeUpgradeReason = Type.Object({
  code: UpgradeReasonCode,
  /** `namespace/name` of the PodDisruptionBudgets stopping the drain. */
  budgets: Type.Optional(Type.Array(Type.String())),
  /** The operator's own words, when an event says why. */
  message: Type.Optional(Verbatim('the message of the WMCO or Machine API event that says why')),
  /** Since when the node has not moved on. */
  since: Type.Optional(Type.String()),
});
export type NodeUpgradeReason = Type.Static<typeof NodeUpgradeReason>;

export const StateTransition = Type.Object({ state: NodeUpgradeState, at: Type.String() });
export type StateTransition = Type.Static<typeof StateTransition>;

export const NodeUpgrade = Type.Object({
  name: Type.String(),
  source: NodeSource,
  origin: Type.Optional(Type.String()),
  /** WMCO version annotation; absent while WMCO reconfigures the node. */
  version: Type.Optional(Type.String()),
  ready: Type.Boolean(),
  schedulable: Type.Boolean(),
  state: NodeUpgradeState,
  reason: Type.Optional(NodeUpgradeReason),
  /** The states this node went through in the current upgrade, oldest first, as any viewer saw them. */
  history: Type.Array(StateTransition),
});
export type NodeUpgrade = Type.Static<typeof NodeUpgrade>;

export const OperatorUpgrade = Type.Object({
  namespace: Type.String(),
  installedCSV: Type.Optional(Type.String()),
  /** The installed CSV's semver. */
  installedVersion: Type.Optional(Type.String()),
  /** `<semver>-<hash>` of the newest windows-services ConfigMap: the version nodes are moved to. */
  targetVersion: Type.Optional(Type.String()),
  channel: Type.Optional(Type.String()),
  approval: Type.Optional(Type.String()),
  /** The Subscription's currentCSV when it differs from installedCSV. */
  availableUpdate: Type.Optional(
    Type.Object({ csv: Type.String(), version: Type.Optional(Type.String()) }),
  ),
  /** A Manual InstallPlan waiting for approval (approve with POST /install/approve). */
  pendingInstallPlan: Type.Optional(Type.String()),
  /** OperatorCondition Upgradeable: False while WMCO is busy reconfiguring nodes. */
  upgradeable: Type.Optional(
    Type.Object({
      status: Type.String(),
      reason: Type.Optional(Verbatim('OperatorCondition Upgradeable reason')),
      message: Type.Optional(Verbatim('OperatorCondition Upgradeable message')),
    }),
  ),
});
export type OperatorUpgrade = Type.Static<typeof OperatorUpgrade>;

export const UpgradeProgress = Type.Object({
  /** Nodes the current upgrade moves (all Windows nodes, once one is behind the target). */
  total: Type.Integer(),
  done: Type.Integer(),
  blocked: Type.Integer(),
  failed: Type.Integer(),
  /** The node WMCO is working on (at most one at a time). */
  inProgress: Type.Optional(Type.String()),
  /** Median seconds one node took so far; absent until a node has finished. */
  medianNodeSeconds: Type.Optional(Type.Integer()),
  /** Estimated seconds left, from that median; absent until a node has finished. */
  secondsLeft: Type.Optional(Type.Integer()),
});
export type UpgradeProgress = Type.Static<typeof UpgradeProgress>;

export const UpgradesResponse = Type.Object({
  operator: OperatorUpgrade,
  nodes: Type.Array(NodeUpgrade),
  progress: UpgradeProgress,
  /** Where transitions are recorded for every viewer, and whether this caller could record them. */
  timeline: Type.Object({ configMap: Type.String(), writable: Type.Boolean() }),
  unreadable: Type.Array(Type.String()),
});
export type UpgradesResponse = Type.Static<typeof UpgradesResponse>;
