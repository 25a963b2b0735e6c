// aws-fresh with WMCO 10.22.0 installed and a Windows Server 2019 MachineSet to move to 2022: two
// 2019 nodes (10.0.17763) from it, two 2022 nodes (10.0.20348) from the guide's MachineSet, one of
// them a newer monthly update than the other (mixed builds in one MachineSet), and two BYOH hosts:
// a 2019 one and a 2022 one below the build WMCO needs (20348.587 < 20348.681). The workloads
// (lifecycle-workloads.ts) pull from the local image registries, which start with this scenario:
// exactly one of them (legacy-web, an ltsc2019-only image) does not run on 2022.
import type { KubeClient } from '../kube-client';
import { resources } from '../resources';
import { awsWindowsAmis } from '../simulators/cloud-instances';
import { USER_DATA_SECRET } from '../simulators/wmco';
import { AWS_INFRASTRUCTURE_NAME, AWS_REGION, awsProviderSpec, seedAwsFresh } from './aws-fresh';
import type { ScenarioContext } from './index';
import {
  lifecycleWorkloads,
  seedLifecycleWorkloads,
  WORKLOAD_NAMESPACE,
} from './lifecycle-workloads';
import { MACHINE_API_NAMESPACE, type MachineSetShape } from './openshift-cluster';
import {
  byohNode,
  machineNode,
  seedWindowsWorkers,
  seedWmcoInstallation,
  windowsMachineSet,
  wmcoInstalledWithNodes,
} from './wmco-installed-with-nodes';

const ZONE = `${AWS_REGION}a`;
const MACHINE_SET_2019 = `${AWS_INFRASTRUCTURE_NAME}-windows-2019-${ZONE}`;

const machineSet2019: MachineSetShape = {
  ...windowsMachineSet,
  name: MACHINE_SET_2019,
  providerSpec: awsProviderSpec(ZONE, {
    ami: awsWindowsAmis['2019'],
    instanceType: 'm5a.large',
    userDataSecret: { name: USER_DATA_SECRET, namespace: MACHINE_API_NAMESPACE },
  }),
};

const nodes = [
  machineNode('q4w8e', 'i-0d2e4f6a8b0c13579', '10.0.130.21', '10.0.17763', MACHINE_SET_2019),
  machineNode('r5t9y', 'i-0a9b8c7d6e5f42468', '10.0.130.22', '10.0.17763', MACHINE_SET_2019),
  machineNode('h7k2p', 'i-0a1b2c3d4e5f60718', '10.0.133.41'),
  machineNode('m3q9x', 'i-0f9e8d7c6b5a40312', '10.0.139.77'),
  byohNode('win2019-byoh-01', '10.1.42.21', '10.0.17763'),
  byohNode('win2022-byoh-01', '10.1.42.22', '10.0.20348'),
];

/** Monthly updates the nodes run besides kubelet's default one (windows-kubelet.ts). */
const kernels: Record<string, string> = {
  [nodes[3]?.name ?? '']: '10.0.20348.3207',
  'win2022-byoh-01': '10.0.20348.587',
};

export const lifecycle2019MachineSet = {
  workloadNamespace: WORKLOAD_NAMESPACE,
  machineSet2019: MACHINE_SET_2019,
  machineSet2022: windowsMachineSet.name,
  ami2019: awsWindowsAmis['2019'],
  ami2022: awsWindowsAmis['2022'],
  ami2025: awsWindowsAmis['2025'],
  nodes,
  oldNodes: nodes.filter((node) => node.origin === MACHINE_SET_2019).map((node) => node.name),
  workloads: lifecycleWorkloads,
  kernels,
};

export async function seedLifecycle2019MachineSet(
  client: KubeClient,
  { imageRegistry }: ScenarioContext,
): Promise<void> {
  if (!imageRegistry) throw new Error('the lifecycle scenario needs the local image registries');
  await seedAwsFresh(client);
  await seedWmcoInstallation(client, {
    approval: 'Automatic',
    version: wmcoInstalledWithNodes.version,
    fullVersions: [wmcoInstalledWithNodes.fullVersion],
  });
  await seedWindowsWorkers(client, nodes, { machineSets: [machineSet2019, windowsMachineSet] });
  for (const [name, kernelVersion] of Object.entries(kernels)) {
    const node = await client.get<{ status?: { nodeInfo?: object } } & { metadata?: object }>(
      resources.nodes,
      name,
    );
    await client.mergePatch(
      resources.nodes,
      { name, subresource: 'status' },
      { status: { nodeInfo: { ...node.status?.nodeInfo, kernelVersion } } },
    );
  }
  const [first = '', second = ''] = lifecycle2019MachineSet.oldNodes;
  await seedLifecycleWorkloads(client, imageRegistry, [first, second]);
}
