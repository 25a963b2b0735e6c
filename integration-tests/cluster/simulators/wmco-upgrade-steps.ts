// Part of the WMCO upgrade simulator (a TEST DOUBLE standing in for WMCO's in-place node upgrade; never
// part of the product). Once a newer windows-services ConfigMap appears, WMCO moves the Windows nodes
// to it ONE AT A TIME (sorted by name here), each through
//   upgrading label → cordon → drain → version annotation removed → NotReady → Ready → version = new
//   → uncordon → label removed,
// with its OperatorCondition Upgradeable=False while busy. stepWmcoUpgrade() takes exactly one of
// those steps and says what it did and what a viewer should now see of the node (the ground truth of
// tests), so a test can drive the rollout step by step; the timed behaviour in wmco-upgrade.ts calls it
// every few seconds. Drains use the real eviction API, so PodDisruptionBudgets are enforced by the API
// server from the status the scenario gave them. The step taken last is kept on the node in
// STEP_ANNOTATION (bookkeeping of the double, read by nobody else).
import type { KubernetesObject, V1ObjectMeta } from '@kubernetes/client-node';
import semver from 'semver';
import { ignoreStatus, isKubeApiError, type KubeClient } from '../kube-client';
import { resourcePath, resources } from '../resources';
import { WMCO_PACKAGE } from '../scenarios/marketplace';
import { MACHINE_API_NAMESPACE } from '../scenarios/openshift-cluster';
import { timestampSecondsAgo } from '../scenarios/seed';
import type { Condition } from './status';

const STEP_ANNOTATION = 'simulator.windows-nodes/upgrade-step';
const WMCO = 'windowsmachineconfig.openshift.io';
const VERSION = `${WMCO}/version`;
const DESIRED_VERSION = `${WMCO}/desired-version`;
const UPGRADING = `${WMCO}/upgrading`;
const SERVICES_PREFIX = 'windows-services-';

export const upgradeSteps = [
  'label',
  'cordon',
  'drain',
  'cleanup',
  'not-ready',
  'ready',
  'version',
  'uncordon',
  'unlabel',
] as const;
/** `fail`: instead of coming back, the node stays NotReady and WMCO reports the failure. */
export type UpgradeStep = (typeof upgradeSteps)[number] | 'fail';

/** The states the product shows, as the simulator means them. */
export type ExpectedState =
  'cordoned' | 'draining' | 'blocked' | 'reconfiguring' | 'rejoining' | 'done' | 'failed';

export interface UpgradeTransition {
  node: string;
  step: UpgradeStep;
  expected: ExpectedState;
  /** The eviction API's refusal when a drain could not go on. */
  refused?: string;
}

export interface UpgradeOptions {
  /** The node that never comes back from its reboot. */
  neverReturns?: string;
}

interface SimNode extends KubernetesObject {
  metadata: V1ObjectMeta & { name: string };
  spec?: { unschedulable?: boolean };
  status?: {
    conditions?: (Condition & Record<string, unknown>)[];
    addresses?: { address: string }[];
  };
}

interface NamedObject extends KubernetesObject {
  metadata: V1ObjectMeta & { name: string };
}

interface Machine extends NamedObject {
  status?: { nodeRef?: { name?: string } };
}

/** What a rollout step is decided from: the target version and the Windows nodes, by name. */
export interface UpgradeWorld {
  namespace: string;
  target?: string;
  nodes: SimNode[];
}

export async function readUpgradeWorld(
  client: KubeClient,
  namespace: string,
): Promise<UpgradeWorld> {
  const configMaps = await client.list<NamedObject>(resources.configMaps, { namespace });
  const target = configMaps
    .map((configMap) => configMap.metadata.name)
    .filter((name) => name.startsWith(SERVICES_PREFIX))
    .map((name) => name.slice(SERVICES_PREFIX.length))
    .sort((a, b) => semver.compare(semver.coerce(a) ?? '0.0.0', semver.coerce(b) ?? '0.0.0'))
    .at(-1);
  const nodes = await client.list<SimNode>(resources.nodes, {
    labelSelector: 'kubernetes.io/os=windows',
  });
  nodes.sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
  return { namespace, target, nodes };
}

function lastStep(node: SimNode): { step: UpgradeStep; at: number } | undefined {
  const [step, at] = (node.metadata.annotations?.[STEP_ANNOTATION] ?? '').split(' ');
  return step && at ? { step: step as UpgradeStep, at: Date.parse(at) } : undefined;
}

/** When the rollout last moved, so the timed behaviour can space its steps. */
export function lastStepAt(world: UpgradeWorld): number {
  return Math.max(0, ...world.nodes.map((node) => lastStep(node)?.at ?? 0));
}

/** The step after the node's last one; a node WMCO labelled without us starts from the label. */
function nextStepOf(node: SimNode, options: UpgradeOptions): UpgradeStep | undefined {
  const done = lastStep(node)?.step;
  if (done === 'fail') return undefined;
  const next = upgradeSteps[done ? upgradeSteps.indexOf(done) + 1 : 1];
  return next === 'ready' && node.metadata.name === options.neverReturns ? 'fail' : next;
}

/** Takes the rollout's next step; undefined when there is none (all up to date, or halted). */
export async function stepWmcoUpgrade(
  client: KubeClient,
  namespace: string,
  options: UpgradeOptions = {},
): Promise<UpgradeTransition | undefined> {
  return takeNextStep(client, await readUpgradeWorld(client, namespace), options);
}

export async function takeNextStep(
  client: KubeClient,
  world: UpgradeWorld,
  options: UpgradeOptions,
): Promise<UpgradeTransition | undefined> {
  const { target, nodes, namespace } = world;
  if (!target) return undefined;
  const current = nodes.find((node) => node.metadata.labels?.[UPGRADING] === 'true');
  const outdated = nodes.filter((node) => node.metadata.annotations?.[VERSION] !== target);
  await setUpgradeable(client, namespace, target, !current && outdated.length === 0);
  const node = current ?? outdated[0];
  if (!node) return undefined;
  const step = current ? nextStepOf(current, options) : 'label';
  if (!step) return undefined;
  const transition = await apply(client, world, node, step);
  if (transition.step === 'unlabel' && outdated.length === 0) {
    await setUpgradeable(client, namespace, target, true);
  }
  return transition;
}

async function apply(
  client: KubeClient,
  world: UpgradeWorld,
  node: SimNode,
  step: UpgradeStep,
): Promise<UpgradeTransition> {
  const name = node.metadata.name;
  const target = world.target ?? '';
  const patch = (changes: { labels?: object; annotations?: object; spec?: object }) =>
    client.mergePatch(
      resources.nodes,
      { name },
      {
        metadata: {
          labels: changes.labels,
          annotations: {
            ...changes.annotations,
            [STEP_ANNOTATION]: `${step} ${new Date().toISOString()}`,
          },
        },
        spec: changes.spec,
      },
    );
  const done = (expected: ExpectedState): UpgradeTransition => ({ node: name, step, expected });
  switch (step) {
    case 'label':
      await patch({ labels: { [UPGRADING]: 'true' } });
      return done('cordoned');
    case 'cordon': {
      await patch({ spec: { unschedulable: true } });
      // Asks the API server, without evicting, what the drain will meet.
      const drain = await evictAll(client, name, true);
      if (drain.refused) return { ...done('blocked'), refused: drain.refused };
      return done(drain.pods > 0 ? 'draining' : 'cordoned');
    }
    case 'drain': {
      const drain = await evictAll(client, name, false);
      if (drain.refused) return { ...done('blocked'), refused: drain.refused };
      await patch({});
      return done('cordoned');
    }
    case 'cleanup':
      await patch({ annotations: { [VERSION]: null, [DESIRED_VERSION]: target } });
      return done('reconfiguring');
    case 'not-ready':
      await setReady(client, node, false);
      await patch({});
      return done('reconfiguring');
    case 'fail':
      await reportFailure(client, world.namespace, node);
      await patch({});
      return done('failed');
    case 'ready':
      await setReady(client, node, true);
      await patch({});
      return done('rejoining');
    case 'version':
      await patch({ annotations: { [VERSION]: target } });
      return done('rejoining');
    case 'uncordon':
      await patch({ spec: { unschedulable: null } });
      return done('rejoining');
    case 'unlabel':
      await patch({ labels: { [UPGRADING]: null } });
      return done('done');
  }
}

/** Evicts (or with dryRun only asks to evict) every pod on the node, as `oc adm drain` does. */
async function evictAll(
  client: KubeClient,
  node: string,
  dryRun: boolean,
): Promise<{ pods: number; refused?: string }> {
  const pods = await client.request<{ items: NamedObject[] }>(
    'GET',
    `${resourcePath(resources.pods)}?fieldSelector=${encodeURIComponent(`spec.nodeName=${node}`)}`,
  );
  for (const pod of pods.items) {
    const { name, namespace } = pod.metadata;
    const path = resourcePath(resources.pods, { name, namespace, subresource: 'eviction' });
    try {
      await client.request('POST', dryRun ? `${path}?dryRun=All` : path, {
        apiVersion: 'policy/v1',
        kind: 'Eviction',
        metadata: { name, namespace },
        deleteOptions: { gracePeriodSeconds: 0, ...(dryRun ? { dryRun: ['All'] } : {}) },
      });
    } catch (error) {
      if (isKubeApiError(error, 429)) return { pods: pods.items.length, refused: error.message };
      if (!isKubeApiError(error, 404)) throw error;
    }
  }
  return { pods: pods.items.length };
}

async function setReady(client: KubeClient, node: SimNode, ready: boolean): Promise<void> {
  const now = timestampSecondsAgo(0);
  const conditions = (node.status?.conditions ?? []).map((condition) =>
    condition.type === 'Ready'
      ? {
          ...condition,
          status: ready ? 'True' : 'False',
          reason: ready ? 'KubeletReady' : 'KubeletNotReady',
          message: ready ? 'kubelet is posting ready status' : 'node is rebooting',
          lastHeartbeatTime: now,
          lastTransitionTime: now,
        }
      : condition,
  );
  await client.mergePatch(
    resources.nodes,
    { name: node.metadata.name, subresource: 'status' },
    { status: { conditions } },
  );
}

/** What WMCO records when configuring fails: an event on the Machine, or on windows-instances (BYOH). */
async function reportFailure(client: KubeClient, namespace: string, node: SimNode): Promise<void> {
  const machines = await client.list<Machine>(resources.machines, {
    namespace: MACHINE_API_NAMESPACE,
  });
  const machine = machines.find(
    (candidate) => candidate.status?.nodeRef?.name === node.metadata.name,
  );
  const address = node.status?.addresses?.[0]?.address ?? node.metadata.name;
  const now = timestampSecondsAgo(0);
  const [involvedObject, reason, message] = machine
    ? [
        {
          apiVersion: 'machine.openshift.io/v1beta1',
          kind: 'Machine',
          namespace: MACHINE_API_NAMESPACE,
          name: machine.metadata.name,
          uid: machine.metadata.uid,
        },
        'MachineSetupFailure',
        `Machine ${machine.metadata.name} configuration failed: timed out waiting for node ${node.metadata.name} to become Ready`,
      ]
    : [
        { apiVersion: 'v1', kind: 'ConfigMap', namespace, name: 'windows-instances' },
        'InstanceSetupFailure',
        `failed to configure instance ${address}: timed out waiting for the node to become Ready`,
      ];
  await client.create(resources.events, {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { generateName: `${involvedObject.name}.`, namespace: involvedObject.namespace },
    involvedObject,
    reason,
    message,
    type: 'Warning',
    source: { component: 'windows-machine-config-operator' },
    firstTimestamp: now,
    lastTimestamp: now,
    count: 1,
  } as KubernetesObject);
}

/** WMCO's OperatorCondition (named like its CSV): Upgradeable is False while it reconfigures nodes. */
async function setUpgradeable(
  client: KubeClient,
  namespace: string,
  target: string,
  upgradeable: boolean,
): Promise<void> {
  const name = `${WMCO_PACKAGE}.v${semver.coerce(target)?.version ?? target}`;
  const existing = await client
    .get<KubernetesObject & { status?: { conditions?: Condition[] } }>(
      resources.operatorConditions,
      name,
      namespace,
    )
    .catch(ignoreStatus(404));
  const status = upgradeable ? 'True' : 'False';
  const current = existing?.status?.conditions?.find(
    (condition) => condition.type === 'Upgradeable',
  );
  if (!existing || current?.status === status) return;
  const [reason, message] = upgradeable
    ? ['upgradeIsSafe', 'The operator is safe for upgrade']
    : [
        'upgradeIsNotSafe',
        'The operator is currently processing sub-components. At least one controller is busy.',
      ];
  const conditions: Condition[] = [
    { type: 'Upgradeable', status, reason, message, lastTransitionTime: timestampSecondsAgo(0) },
  ];
  await client.mergePatch(
    resources.operatorConditions,
    { name, namespace },
    { spec: { conditions } },
  );
  await client.mergePatch(
    resources.operatorConditions,
    { name, namespace, subresource: 'status' },
    { status: { conditions } },
  );
}
