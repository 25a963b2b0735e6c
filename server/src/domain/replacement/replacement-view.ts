import type { ReplacementView } from '../../../contract/replacement';
import {
  currentStep,
  reconcile,
  type ReplacementAction,
  type ReplacementObservation,
} from './replacement-progress';
import { forwardSteps, rollbackSteps, type ReplacementRecord } from './replacement-record';

/** Actions that change the cluster: a turn is due while one is next. */
const acting: readonly ReplacementAction['kind'][] = [
  'create-machine-set',
  'scale',
  'cordon',
  'uncordon',
  'evict',
];

function shownAction(action: ReplacementAction): ReplacementView['next'] {
  switch (action.kind) {
    case 'await-confirmation':
      return { kind: action.kind, step: action.step };
    case 'wait':
      return { kind: action.kind, step: action.step, code: action.code, params: action.params };
    case 'create-machine-set':
      return { kind: action.kind, params: { name: action.name } };
    case 'scale':
      return {
        kind: action.kind,
        params: { machineSet: action.machineSet, replicas: action.replicas },
      };
    case 'cordon':
    case 'uncordon':
      return { kind: action.kind, params: { nodes: action.nodes.join(', ') } };
    case 'evict':
      return { kind: action.kind, params: { node: action.node } };
    case 'none':
      return { kind: action.kind };
  }
}

/**
 * A replacement as the page shows it: the record as the cluster would have it after the next turn
 * (steps the cluster shows done are done), the step it is at, what the next turn does, and whether
 * one is due. The record itself changes only in a turn, with the caller's token.
 */
export function replacementView(
  stored: { configMap: string; resourceVersion: string; record: ReplacementRecord },
  seen: ReplacementObservation & { shown: ReplacementView['observed'] },
  now: string,
): ReplacementView {
  const { record, action } = reconcile(stored.record, seen, now);
  const changed = JSON.stringify(record) !== JSON.stringify(stored.record);
  return {
    configMap: stored.configMap,
    resourceVersion: stored.resourceVersion,
    plan: record.plan,
    status: record.status,
    steps: [...forwardSteps, ...rollbackSteps].map((id) => ({ id, ...record.steps[id] })),
    cordoned: record.cordoned,
    current: currentStep(record),
    next: shownAction(action),
    needsAdvance: changed || acting.includes(action.kind),
    observed: seen.shown,
  };
}
