// TEST DOUBLE standing in for WMCO's in-place upgrade of Windows nodes; never part of the product.
// Opt-in per WMCO namespace, so scenarios that merely hold an old node stay as seeded:
//   UPGRADE_STEP_MS_ANNOTATION  on the namespace: roll the nodes to the newest windows-services
//                               version, one step (see wmco-upgrade-steps.ts) per this many ms;
//   NEVER_RETURNS_ANNOTATION    the node that goes NotReady and never comes back (WMCO reports it).
// Tests that want to drive the rollout themselves leave this behaviour out and call
// stepWmcoUpgrade().
import type { V1Namespace } from '@kubernetes/client-node';
import { resources } from '../resources';
import { watch, type Behaviour, type SimulatorContext } from './behaviour';
import { lastStepAt, readUpgradeWorld, takeNextStep } from './wmco-upgrade-steps';

export const UPGRADE_STEP_MS_ANNOTATION = 'simulator.windows-nodes/upgrade-step-ms';
export const NEVER_RETURNS_ANNOTATION = 'simulator.windows-nodes/upgrade-never-returns';

async function reconcileNamespace(namespace: V1Namespace, context: SimulatorContext) {
  const annotations = namespace.metadata?.annotations ?? {};
  const stepMs = Number(annotations[UPGRADE_STEP_MS_ANNOTATION]);
  const name = namespace.metadata?.name;
  if (!name || !(stepMs > 0)) return;
  const world = await readUpgradeWorld(context.client, name);
  const wait = lastStepAt(world) + stepMs - Date.now();
  if (wait > 0) {
    context.requeueAfter(wait);
    return;
  }
  const transition = await takeNextStep(context.client, world, {
    neverReturns: annotations[NEVER_RETURNS_ANNOTATION],
  });
  if (transition) {
    const refused = transition.refused ? ` (refused: ${transition.refused})` : '';
    context.log(`node ${transition.node}: ${transition.step} → ${transition.expected}${refused}`);
  }
  // Polls: a new windows-services ConfigMap starts the next rollout.
  context.requeueAfter(stepMs);
}

export const wmcoUpgradeSimulator: Behaviour = {
  name: 'wmco-upgrade-simulator',
  watches: [watch<V1Namespace>(resources.namespaces, reconcileNamespace)],
};
