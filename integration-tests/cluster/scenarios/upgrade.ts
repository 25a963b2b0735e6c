// aws-fresh running WMCO 10.21.2, installed by OLM with Manual approval from the stable channel, with
// the five Windows nodes of wmco-installed-with-nodes (three from a MachineSet, two BYOH) all Ready
// and configured by it, while the catalog's stable channel already offers 10.22.0: the OLM simulator
// creates that InstallPlan, which waits for approval. Once approved, the new CSV succeeds, the WMCO
// simulator publishes windows-services-10.22.0-…, and the WMCO upgrade simulator (switched on for this
// namespace, one step every `stepMs`) moves the nodes over one at a time; a pod on the second node is
// evicted on the way. Variants: `upgrade-pdb-blocked` (a PodDisruptionBudget allowing no disruption
// covers a pod on the first node, so its drain stops) and `upgrade-node-never-returns` (the second
// node never comes back from its reboot, and WMCO reports the failure).
import type { KubeClient } from '../kube-client';
import { resources } from '../resources';
import { NEVER_RETURNS_ANNOTATION, UPGRADE_STEP_MS_ANNOTATION } from '../simulators/wmco-upgrade';
import { wmcoFullVersion } from '../simulators/wmco';
import { WMCO_CSV } from '../wmco-subscription';
import { seedAwsFresh } from './aws-fresh';
import { WMCO_PACKAGE } from './marketplace';
import { createWithStatus, timestampSecondsAgo } from './seed';
import {
  seedWindowsWorkers,
  seedWmcoInstallation,
  wmcoInstalledWithNodes,
} from './wmco-installed-with-nodes';

const NAMESPACE = wmcoInstalledWithNodes.namespace;
const INSTALLED_VERSION = '10.21.2';
const INSTALLED_FULL_VERSION = wmcoFullVersion(INSTALLED_VERSION);
const WORKLOAD_NAMESPACE = 'payments';

const nodes = wmcoInstalledWithNodes.nodes.map((node) => ({
  ...node,
  wmcoVersion: INSTALLED_FULL_VERSION,
  ready: true,
}));
/** The order the simulated WMCO takes them in. */
const rollout = nodes.map((node) => node.name).sort();
const [firstNode = '', secondNode = ''] = rollout;

export const upgradeScenario = {
  namespace: NAMESPACE,
  installedCsv: `${WMCO_PACKAGE}.v${INSTALLED_VERSION}`,
  installedVersion: INSTALLED_VERSION,
  installedFullVersion: INSTALLED_FULL_VERSION,
  targetCsv: WMCO_CSV,
  targetVersion: '10.22.0',
  targetFullVersion: wmcoFullVersion('10.22.0'),
  stepMs: 2000,
  nodes,
  rollout,
  /** A pod without a budget on the second node: the drain evicts it. */
  evictedPod: { namespace: WORKLOAD_NAMESPACE, name: 'iis-7c9d8', node: secondNode },
  /** upgrade-pdb-blocked: the budget and the pod on the first node it keeps there. */
  budget: { namespace: WORKLOAD_NAMESPACE, name: 'iis-frontend', node: firstNode },
  /** upgrade-node-never-returns: the node that stays NotReady. */
  neverReturns: secondNode,
};

/** A Windows IIS pod the scheduler placed on the node and kubelet reports Running and Ready. */
async function seedPod(client: KubeClient, name: string, node: string, app: string) {
  const since = timestampSecondsAgo(1800);
  await createWithStatus(client, resources.pods, {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: WORKLOAD_NAMESPACE, labels: { app } },
    spec: {
      nodeName: node,
      nodeSelector: { 'kubernetes.io/os': 'windows' },
      tolerations: [{ key: 'os', value: 'Windows', effect: 'NoSchedule' }],
      containers: [
        {
          name: 'iis',
          image: 'mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022',
        },
      ],
    },
    status: {
      phase: 'Running',
      startTime: since,
      conditions: ['PodScheduled', 'Initialized', 'ContainersReady', 'Ready'].map((type) => ({
        type,
        status: 'True',
        lastTransitionTime: since,
      })),
    },
  });
}

export async function seedUpgrade(client: KubeClient): Promise<void> {
  await seedAwsFresh(client);
  await seedWmcoInstallation(client, {
    approval: 'Manual',
    version: INSTALLED_VERSION,
    fullVersions: [INSTALLED_FULL_VERSION],
  });
  await seedWindowsWorkers(client, nodes);
  await client.mergePatch(
    resources.namespaces,
    { name: NAMESPACE },
    { metadata: { annotations: { [UPGRADE_STEP_MS_ANNOTATION]: String(upgradeScenario.stepMs) } } },
  );
  await client.create(resources.namespaces, {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name: WORKLOAD_NAMESPACE },
  });
  await seedPod(
    client,
    upgradeScenario.evictedPod.name,
    upgradeScenario.evictedPod.node,
    'iis-batch',
  );
}

export async function seedUpgradePdbBlocked(client: KubeClient): Promise<void> {
  await seedUpgrade(client);
  const { budget } = upgradeScenario;
  await seedPod(client, `${budget.name}-0`, budget.node, budget.name);
  // The disruption controller does not run here: the budget's status says what it would.
  await createWithStatus(client, resources.podDisruptionBudgets, {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name: budget.name, namespace: budget.namespace },
    spec: { minAvailable: 1, selector: { matchLabels: { app: budget.name } } },
    status: {
      observedGeneration: 1,
      disruptionsAllowed: 0,
      currentHealthy: 1,
      desiredHealthy: 1,
      expectedPods: 1,
    },
  });
}

export async function seedUpgradeNodeNeverReturns(client: KubeClient): Promise<void> {
  await seedUpgrade(client);
  await client.mergePatch(
    resources.namespaces,
    { name: NAMESPACE },
    { metadata: { annotations: { [NEVER_RETURNS_ANNOTATION]: upgradeScenario.neverReturns } } },
  );
}
