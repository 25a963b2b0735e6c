// One scenario per known cause of a Windows instance that does not join, each on the diagnostics
// cluster (AWS, WMCO 10.22.0) with one healthy Machine node beside the stuck one. `knownCauseTruth`
// says what each scenario's stuck subject is and which cause it must show.
import type { KubeClient } from '../kube-client';
import { resources } from '../resources';
import type { Scenario } from './index';
import { MACHINE_API_NAMESPACE } from './openshift-cluster';
import {
  deleteUserDataSecret,
  seedDiagnosticsCluster,
  seedPendingCsr,
  seedStuckMachine,
} from './diagnostics-seed';
import { byohNode, machineNode, type WindowsNodeTruth } from './wmco-installed-with-nodes';

const healthy = machineNode('4qz8d', 'i-0c9d3e7a5b1f24680', '10.0.131.17');
const notReady = (truth: WindowsNodeTruth): WindowsNodeTruth => ({ ...truth, ready: false });
const stuckNode = notReady(machineNode('s7uck', 'i-0a1b2c3d4e5f60718', '10.0.150.40'));

export const knownCauseTruth = {
  /** A BYOH host listed by IP whose kubelet's CSR waits: the address has no PTR record. */
  byohNoPtr: { address: '10.1.42.21', hostname: 'win-byoh-21', csr: 'csr-win-byoh-21' },
  vxlan2019: { node: 'ip-10-0-150-40.ec2.internal', port: 9898 },
  classE: { node: stuckNode.name, cidr: '240.4.0.0/14' },
  twoAdapters: { node: stuckNode.name, secondAddress: '10.0.200.40' },
  /** The cluster cannot show EC2Launch's version: an SSH check of the host reports it. */
  oldEc2Launch: { machine: 'winlab-7xk2p-windows-us-east-1a-ec2lv', ec2LaunchVersion: '2.0.1643' },
  oldBuild: { node: stuckNode.name, kernelVersion: '10.0.20348.587' },
  hostKeyMismatch: { machine: 'winlab-7xk2p-windows-us-east-1a-hkey1' },
  rotatedKey: { node: 'win-byoh-02', address: '10.1.42.12' },
  userDataMissing: { machine: 'winlab-7xk2p-windows-us-east-1a-nodat' },
  /** The CSR is new when seeded: WMCO's not approving it counts as a cause after 5 minutes. */
  csrPending: {
    machine: 'winlab-7xk2p-windows-us-east-1a-csrpd',
    csr: 'csr-ip-10-0-160-9',
    node: 'ip-10-0-160-9.ec2.internal',
  },
};

async function patchNodeStatus(client: KubeClient, name: string, status: object): Promise<void> {
  await client.mergePatch(resources.nodes, { name, subresource: 'status' }, { status });
}

const seedByohNoPtr: Scenario = async (client) => {
  const { address, hostname, csr } = knownCauseTruth.byohNoPtr;
  await seedDiagnosticsCluster(client, [healthy], { [address]: 'username=Administrator' });
  await seedPendingCsr(client, hostname, csr);
};

const seedVxlan2019: Scenario = async (client) => {
  await seedDiagnosticsCluster(client, [healthy, { ...stuckNode, build: '10.0.17763' }]);
  await client.mergePatch(
    resources.networkOperators,
    { name: 'cluster' },
    {
      spec: {
        defaultNetwork: {
          ovnKubernetesConfig: {
            hybridOverlayConfig: { hybridOverlayVXLANPort: knownCauseTruth.vxlan2019.port },
          },
        },
      },
    },
  );
};

const seedClassE: Scenario = async (client) => {
  await seedDiagnosticsCluster(client, [healthy, stuckNode]);
  const hybridClusterNetwork = [{ cidr: knownCauseTruth.classE.cidr, hostPrefix: 23 }];
  await client.mergePatch(
    resources.networkOperators,
    { name: 'cluster' },
    {
      spec: {
        defaultNetwork: { ovnKubernetesConfig: { hybridOverlayConfig: { hybridClusterNetwork } } },
      },
    },
  );
};

const seedTwoAdapters: Scenario = async (client) => {
  await seedDiagnosticsCluster(client, [healthy, stuckNode]);
  await patchNodeStatus(client, stuckNode.name, {
    addresses: [
      { type: 'InternalIP', address: stuckNode.internalIP },
      { type: 'InternalIP', address: knownCauseTruth.twoAdapters.secondAddress },
      { type: 'Hostname', address: stuckNode.name },
    ],
  });
};

/** A Machine WMCO failed to set up, with WMCO's words. */
function failedMachineSetup(suffix: string, message: string, secondsAgo: number): Scenario {
  return async (client) => {
    await seedDiagnosticsCluster(client, [healthy]);
    await seedStuckMachine(client, suffix, [
      {
        reason: 'MachineSetupFailure',
        message: `failed to configure instance: ${message}`,
        secondsAgo,
      },
    ]);
  };
}

const seedOldEc2Launch = failedMachineSetup(
  'ec2lv',
  'timed out waiting for the SSH service to start on the instance',
  900,
);

const seedOldBuild: Scenario = async (client) => {
  await seedDiagnosticsCluster(client, [healthy, stuckNode]);
  // A merge patch keeps nodeInfo's other fields.
  await patchNodeStatus(client, stuckNode.name, {
    nodeInfo: { kernelVersion: knownCauseTruth.oldBuild.kernelVersion },
  });
};

const seedHostKeyMismatch = failedMachineSetup(
  'hkey1',
  'unable to connect to Windows VM: ssh: handshake failed: knownhosts: key mismatch',
  700,
);

const seedRotatedKey: Scenario = async (client) => {
  const { node, address } = knownCauseTruth.rotatedKey;
  await seedDiagnosticsCluster(client, [healthy, notReady(byohNode(node, address))]);
  await client.mergePatch(
    resources.nodes,
    { name: node },
    {
      metadata: {
        annotations: { 'windowsmachineconfig.openshift.io/pub-key-hash': '0'.repeat(64) },
      },
    },
  );
};

const seedUserDataMissing: Scenario = async (client) => {
  await seedDiagnosticsCluster(client, [healthy]);
  await deleteUserDataSecret(client);
  await seedStuckMachine(client, 'nodat', []);
};

const seedCsrPending: Scenario = async (client) => {
  await seedDiagnosticsCluster(client, [healthy]);
  const machine = await seedStuckMachine(client, 'csrpd', []);
  await client.mergePatch(
    resources.machines,
    { name: machine, namespace: MACHINE_API_NAMESPACE, subresource: 'status' },
    {
      status: { addresses: [{ type: 'InternalDNS', address: knownCauseTruth.csrPending.node }] },
    },
  );
  await seedPendingCsr(client, knownCauseTruth.csrPending.node, knownCauseTruth.csrPending.csr);
};

export const knownCauseScenarios: Record<string, Scenario> = {
  'byoh-csr-pending-no-ptr': seedByohNoPtr,
  'diagnostics-vxlan-2019': seedVxlan2019,
  'diagnostics-class-e-network': seedClassE,
  'diagnostics-two-adapters': seedTwoAdapters,
  'diagnostics-old-ec2launch': seedOldEc2Launch,
  'diagnostics-old-build': seedOldBuild,
  'diagnostics-host-key-mismatch': seedHostKeyMismatch,
  'diagnostics-rotated-key-byoh': seedRotatedKey,
  'diagnostics-user-data-missing': seedUserDataMissing,
  'diagnostics-csr-pending': seedCsrPending,
};
