import semver from 'semver';
import type {
  NodeUpgradeReason,
  NodeUpgradeState,
  StateTransition,
} from '../../../contract/upgrades';

/** An event about the node, its Machine or its BYOH entry, as far as the upgrade cares. */
export interface UpgradeEvent {
  reason: string;
  message: string;
  at: string;
}

/** What the cluster shows of one Windows node, read as the caller. */
export interface NodeUpgradeFacts {
  /** `windowsmachineconfig.openshift.io/version`: WMCO removes it while it reconfigures the node. */
  version?: string;
  desiredVersion?: string;
  rebootRequired: boolean;
  /** The `upgrading` label: WMCO picked this node. */
  upgrading: boolean;
  unschedulable: boolean;
  ready: boolean;
  /** When the Ready condition last changed (whole seconds, as Kubernetes writes it). */
  readySince?: string;
  /** WMCO 8.x/9.x `upgrade-blocked`, and the admin's `allow-upgrade=true` way out. */
  upgradeBlocked: boolean;
  allowUpgrade: boolean;
  machine?: { phase?: string; deleting: boolean };
  /** Pods the drain still has to evict. */
  podsToEvict: number;
  /** `namespace/name` of PodDisruptionBudgets refusing to let one of those pods go. */
  drainBlockedBy: string[];
  /** Events since the upgrade started. */
  events: UpgradeEvent[];
}

export interface UpgradeContext {
  /** Full WMCO version nodes are moved to; unknown when no windows-services ConfigMap is readable. */
  target?: string;
  /** When the target appeared, i.e. the upgrade began. */
  startedAt?: string;
  /** Installed WMCO semver: only 8.x and 9.x block upgrades for in-tree storage. */
  operatorVersion?: string;
  now: number;
}

export interface DerivedUpgradeState {
  state: NodeUpgradeState;
  reason?: NodeUpgradeReason;
}

/** One node takes minutes; half an hour without moving on is no longer a slow node. */
export const stuckAfterMs = 30 * 60_000;

const inProgress: ReadonlySet<NodeUpgradeState> = new Set([
  'cordoned',
  'draining',
  'reconfiguring',
  'rejoining',
]);
const failureEvents = new Set(['MachineSetupFailure', 'InstanceSetupFailure']);

export function isInProgress(state: NodeUpgradeState): boolean {
  return inProgress.has(state);
}

/** Kubernetes timestamps have whole seconds; compare at that precision. */
function seconds(timestamp: string): number {
  return Math.floor(Date.parse(timestamp) / 1000);
}

/** The last state the node moved to by itself: failed and blocked are verdicts on top of one. */
function lastMove(history: StateTransition[]): StateTransition | undefined {
  return history.findLast((entry) => entry.state !== 'failed' && entry.state !== 'blocked');
}

/** Where WMCO's reconfiguration of the node stands, from the node alone. */
function progressState(
  facts: NodeUpgradeFacts,
  target: string,
  nodeStartedAt: string | undefined,
): NodeUpgradeState {
  if (facts.machine?.deleting) return facts.podsToEvict > 0 ? 'draining' : 'reconfiguring';
  if (facts.version === undefined || facts.rebootRequired) {
    // Ready again only counts once kubelet came back after this node's upgrade began.
    const back =
      facts.ready &&
      !facts.rebootRequired &&
      facts.readySince !== undefined &&
      nodeStartedAt !== undefined &&
      seconds(facts.readySince) >= seconds(nodeStartedAt);
    return back ? 'rejoining' : 'reconfiguring';
  }
  if (facts.version === target) return 'rejoining';
  if (!facts.upgrading && facts.desiredVersion !== target) return 'waiting';
  if (!facts.ready) return 'reconfiguring';
  return facts.unschedulable && facts.podsToEvict > 0 ? 'draining' : 'cordoned';
}

function blocksForInTreeStorage(operatorVersion: string | undefined): boolean {
  const major = semver.coerce(operatorVersion)?.major;
  return major === 8 || major === 9;
}

function blockedReason(
  facts: NodeUpgradeFacts,
  context: UpgradeContext,
  events: UpgradeEvent[],
): NodeUpgradeReason | undefined {
  if (
    facts.upgradeBlocked &&
    !facts.allowUpgrade &&
    blocksForInTreeStorage(context.operatorVersion)
  )
    return { code: 'upgrade-blocked' };
  if (facts.unschedulable && facts.version !== undefined && facts.drainBlockedBy.length > 0)
    return { code: 'drain-blocked-by-pdb', budgets: facts.drainBlockedBy };
  const restricted = events.findLast((event) => event.reason === 'MachineDeletionRestricted');
  return restricted
    ? { code: 'machine-deletion-restricted', message: restricted.message }
    : undefined;
}

/**
 * The upgrade state of one Windows node, from what the cluster shows of it and the states it was seen
 * in before (`history`, oldest first, of the current target only).
 */
export function deriveUpgradeState(
  facts: NodeUpgradeFacts,
  history: StateTransition[],
  context: UpgradeContext,
): DerivedUpgradeState {
  const { target } = context;
  if (target === undefined) return { state: facts.version ? 'up-to-date' : 'reconfiguring' };
  if (facts.version === target && !facts.upgrading && !facts.unschedulable) {
    return { state: history.some((entry) => entry.state !== 'up-to-date') ? 'done' : 'up-to-date' };
  }

  const firstMove = history.find((entry) => isInProgress(entry.state));
  const state = progressState(facts, target, firstMove?.at ?? context.startedAt);
  const settled = lastMove(history);
  const justMoved = settled !== undefined && settled.state !== state;
  // Only events since the node got into its current state count: older ones are about an attempt it
  // has since got past. Without a recorded move, since the upgrade began.
  const since = settled ? settled.at : context.startedAt;
  const events = justMoved
    ? []
    : facts.events.filter((event) => since === undefined || seconds(event.at) >= seconds(since));

  const failure = events.findLast((event) => failureEvents.has(event.reason));
  if (failure)
    return { state: 'failed', reason: { code: 'setup-failed', message: failure.message } };
  if (facts.machine?.phase === 'Failed')
    return { state: 'failed', reason: { code: 'machine-failed' } };
  const blocked = blockedReason(facts, context, events);
  if (blocked) return { state: 'blocked', reason: blocked };
  if (
    isInProgress(state) &&
    settled?.state === state &&
    context.now - Date.parse(settled.at) > stuckAfterMs
  ) {
    return { state: 'failed', reason: { code: 'stuck', since: settled.at } };
  }
  return { state };
}
