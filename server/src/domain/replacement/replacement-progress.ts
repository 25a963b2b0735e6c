import {
  forwardSteps,
  rollbackSteps,
  type ForwardStep,
  type ReplacementRecord,
  type StepId,
  type StepRecord,
} from './replacement-record';
import type { Coded } from '../../../contract/messages';
import type { replacementErrorCatalogue } from '../../../contract/replacement';

/** Why a change the user asked for does not apply now. */
type Refusal = Extract<
  Coded<typeof replacementErrorCatalogue>,
  { code: 'not-awaiting-confirmation' | 'not-running' }
>;

/** A MachineSet as observed now: its desired replicas and the nodes of its machines. */
export interface MachineSetObservation {
  replicas: number;
  nodes: { name: string; ready: boolean; schedulable: boolean }[];
}

/** What a drain of one old node still faces (see drainOutlook). */
export interface NodeDrain {
  node: string;
  podsToEvict: number;
  /** Pods evicted but not gone yet: a drain ends when its node's kubelet has stopped them. */
  terminating: number;
  /** PodDisruptionBudgets that allow no eviction now. */
  blockedBy: string[];
}

/** The cluster as the replacement sees it; undefined MachineSets are gone (or not yet created). */
export interface ReplacementObservation {
  old?: MachineSetObservation;
  new?: MachineSetObservation;
  drains: NodeDrain[];
}

export type WaitCode =
  'nodes-not-ready' | 'drain-blocked' | 'pods-terminating' | 'machine-set-missing';

/** What the BFF does next; each action is idempotent, so a resumed replacement repeats none harmfully. */
export type ReplacementAction =
  | { kind: 'await-confirmation'; step: ForwardStep }
  | { kind: 'create-machine-set'; name: string }
  | { kind: 'scale'; machineSet: string; replicas: number }
  | { kind: 'cordon'; nodes: string[] }
  | { kind: 'uncordon'; nodes: string[] }
  | { kind: 'evict'; node: string }
  | { kind: 'wait'; step: StepId; code: WaitCode; params: Record<string, string | number> }
  | { kind: 'none' };

/** Waiting for nodes to become Ready changes nothing, so it needs no confirmation. */
const unconfirmed: readonly StepId[] = ['wait-nodes-ready'];

type Observed = ReplacementObservation;

const readyNodes = (set: MachineSetObservation | undefined) =>
  set?.nodes.filter((node) => node.ready).length ?? 0;

function isDone(step: StepId, record: ReplacementRecord, seen: Observed): boolean {
  const { replicas } = record.plan;
  switch (step) {
    case 'create-machine-set':
      return seen.new !== undefined;
    case 'scale-up':
      return (seen.new?.replicas ?? -1) >= replicas;
    case 'wait-nodes-ready':
      return readyNodes(seen.new) >= replicas;
    case 'drain-old-nodes':
      return (
        (seen.old?.nodes ?? []).every((node) => !node.schedulable) &&
        seen.drains.every((drain) => drain.podsToEvict === 0 && drain.terminating === 0)
      );
    case 'scale-down-old':
      return (seen.old?.replicas ?? 0) === 0;
    case 'uncordon-old-nodes':
      return !(seen.old?.nodes ?? []).some(
        (node) => !node.schedulable && record.cordoned.includes(node.name),
      );
    case 'scale-old-back':
      return (seen.old?.replicas ?? -1) >= replicas;
    case 'scale-new-down':
      return (seen.new?.replicas ?? 0) === 0;
  }
}

function missing(step: StepId, machineSet: string): ReplacementAction {
  return { kind: 'wait', step, code: 'machine-set-missing', params: { machineSet } };
}

function drainAction(seen: Observed): ReplacementAction {
  const schedulable = (seen.old?.nodes ?? []).filter((node) => node.schedulable);
  if (schedulable.length > 0) return { kind: 'cordon', nodes: schedulable.map((n) => n.name) };
  const pending = seen.drains.find((drain) => drain.podsToEvict > 0);
  if (!pending) {
    const stopping = seen.drains.filter((drain) => drain.terminating > 0);
    return {
      kind: 'wait',
      step: 'drain-old-nodes',
      code: 'pods-terminating',
      params: { pods: stopping.reduce((sum, drain) => sum + drain.terminating, 0) },
    };
  }
  if (pending.blockedBy.length > 0) {
    return {
      kind: 'wait',
      step: 'drain-old-nodes',
      code: 'drain-blocked',
      params: { node: pending.node, budgets: pending.blockedBy.join(', ') },
    };
  }
  return { kind: 'evict', node: pending.node };
}

/** The action that moves an unfinished step on, from what is observed now. */
function actionFor(step: StepId, record: ReplacementRecord, seen: Observed): ReplacementAction {
  const { oldMachineSet, newMachineSet, replicas } = record.plan;
  switch (step) {
    case 'create-machine-set':
      return { kind: 'create-machine-set', name: newMachineSet };
    case 'scale-up':
      return seen.new
        ? { kind: 'scale', machineSet: newMachineSet, replicas }
        : missing(step, newMachineSet);
    case 'wait-nodes-ready':
      return seen.new
        ? {
            kind: 'wait',
            step,
            code: 'nodes-not-ready',
            params: { ready: readyNodes(seen.new), wanted: replicas },
          }
        : missing(step, newMachineSet);
    case 'drain-old-nodes':
      return drainAction(seen);
    case 'scale-down-old':
      return { kind: 'scale', machineSet: oldMachineSet, replicas: 0 };
    case 'uncordon-old-nodes':
      return {
        kind: 'uncordon',
        nodes: (seen.old?.nodes ?? [])
          .filter((node) => !node.schedulable && record.cordoned.includes(node.name))
          .map((node) => node.name),
      };
    case 'scale-old-back':
      return seen.old
        ? { kind: 'scale', machineSet: oldMachineSet, replicas }
        : missing(step, oldMachineSet);
    case 'scale-new-down':
      return { kind: 'scale', machineSet: newMachineSet, replicas: 0 };
  }
}

function withStep(record: ReplacementRecord, step: StepId, next: StepRecord): ReplacementRecord {
  return { ...record, steps: { ...record.steps, [step]: next } };
}

/** The step the replacement is at: the first one not done of the direction it is going. */
export function currentStep(record: ReplacementRecord): StepId | undefined {
  const steps: readonly StepId[] = record.status === 'running' ? forwardSteps : rollbackSteps;
  return record.status === 'running' || record.status === 'rolling-back'
    ? steps.find((step) => record.steps[step].state !== 'done')
    : undefined;
}

/**
 * One turn of the replacement: marks the steps the cluster shows done, finishes the plan or the
 * rollback when all are, and says what to do next. A forward step that changes something waits
 * for its confirmation; a rollback runs without (the abort was confirmed).
 */
export function reconcile(
  record: ReplacementRecord,
  seen: Observed,
  now: string,
): { record: ReplacementRecord; action: ReplacementAction } {
  let current = record;
  for (let step = currentStep(current); step !== undefined; step = currentStep(current)) {
    const state = current.steps[step].state;
    const confirmed =
      state !== 'pending' || unconfirmed.includes(step) || current.status === 'rolling-back';
    if (state === 'failed' && current.status === 'running') {
      return { record: current, action: { kind: 'await-confirmation', step: step as ForwardStep } };
    }
    if (!confirmed)
      return { record: current, action: { kind: 'await-confirmation', step: step as ForwardStep } };
    if (!isDone(step, current, seen)) {
      const action = actionFor(step, current, seen);
      const cordoned =
        action.kind === 'cordon'
          ? [...new Set([...current.cordoned, ...action.nodes])]
          : current.cordoned;
      const running =
        state === 'running' ? current : withStep(current, step, { state: 'running', at: now });
      return { record: { ...running, cordoned }, action };
    }
    current = withStep(current, step, { state: 'done', at: now });
  }
  const status =
    current.status === 'running'
      ? 'finished'
      : current.status === 'rolling-back'
        ? 'rolled-back'
        : current.status;
  return { record: { ...current, status }, action: { kind: 'none' } };
}

/** A change the user asked for: the new record, or why it does not apply now. */
export type RecordChange = { record: ReplacementRecord } | { refused: Refusal };

/** The user confirms the step the replacement waits at (again, after a failure). */
export function confirmStep(
  record: ReplacementRecord,
  step: ForwardStep,
  now: string,
): RecordChange {
  const state = record.steps[step].state;
  if (
    currentStep(record) !== step ||
    record.status !== 'running' ||
    (state !== 'pending' && state !== 'failed')
  ) {
    return { refused: { code: 'not-awaiting-confirmation', params: { step } } };
  }
  return { record: withStep(record, step, { state: 'confirmed', at: now }) };
}

/** An action failed: the step waits for the user to try again (or abort). */
export function failStep(
  record: ReplacementRecord,
  step: StepId,
  failure: { code: string; params: Record<string, string | number> },
  now: string,
): ReplacementRecord {
  return withStep(record, step, { state: 'failed', at: now, failure });
}

/** Abort: from now on the rollback undoes what the replacement changed. Finished plans stay. */
export function abortReplacement(record: ReplacementRecord, now: string): RecordChange {
  if (record.status !== 'running')
    return { refused: { code: 'not-running', params: { status: record.status } } };
  const started = { ...record, status: 'rolling-back' as const };
  return { record: withStep(started, 'uncordon-old-nodes', { state: 'confirmed', at: now }) };
}
