// aws-fresh a while after an admin followed the guide: WMCO 10.22.0 installed by OLM in
// openshift-windows-machine-config-operator (Automatic, stable), an Ed25519 cloud-private-key
// (generated at seed time) and the windows-user-data WMCO derived from it, a Windows MachineSet
// with three Machines and their nodes (one NotReady), and two BYOH instances in windows-instances
// with their nodes (one still on the previous WMCO version). `wmcoInstalledWithNodes` is the
// ground truth tests compare against.
import { createHash } from 'node:crypto';
import { forEachBounded } from '../../../server/src/ssh/bounded-parallel';
import type { KubeClient } from '../kube-client';
import { resources } from '../resources';
import type { PackageManifest, Subscription } from '../simulators/olm-api';
import { newClusterServiceVersion, newInstallPlan } from '../simulators/olm-catalog';
import {
  cloudPrivateKeySecret,
  USER_DATA_SECRET,
  windowsServicesConfigMap,
  windowsUserDataSecret,
  wmcoOperatorCondition,
} from '../simulators/wmco';
import {
  kubeletConditions,
  windowsNodeInfo,
  windowsNodeLabels,
  type WindowsBuild,
} from '../simulators/windows-kubelet';
import { subscribeToWmco, WMCO_CSV } from '../wmco-subscription';
import { AWS_INFRASTRUCTURE_NAME, AWS_REGION, awsProviderSpec, seedAwsFresh } from './aws-fresh';
import { MARKETPLACE_NAMESPACE, WMCO_PACKAGE } from './marketplace';
import {
  MACHINE_API_NAMESPACE,
  machineLabels,
  seedMachineSet,
  type MachineSetShape,
} from './openshift-cluster';
import { createWithStatus, timestampSecondsAgo, type StoredObject } from './seed';
import { generateSshKeyPairSync } from '../../../server/src/domain/keys/ssh-key-pair';

const NAMESPACE = 'openshift-windows-machine-config-operator';
const VERSION = '10.22.0';
const FULL_VERSION = `${VERSION}-5c2e1f9`;
const PREVIOUS_FULL_VERSION = '10.21.1-0a0b0c0';
const ZONE = `${AWS_REGION}a`;
const MACHINE_SET = `${AWS_INFRASTRUCTURE_NAME}-windows-${ZONE}`;
const WMCO_PREFIX = 'windowsmachineconfig.openshift.io';

export interface WindowsNodeTruth {
  name: string;
  source: 'MachineSet' | 'BYOH';
  /** The MachineSet's name, or the BYOH entry's address. */
  origin: string;
  /** The Machine behind a MachineSet node. */
  machine?: string;
  instanceId?: string;
  internalIP: string;
  wmcoVersion: string;
  ready: boolean;
  /** `node.kubernetes.io/windows-build`: the Windows Server release the node runs. */
  build: WindowsBuild;
}

/**
 * A node of a Windows MachineSet, by default this scenario's one (Windows Server 2022 unless the
 * build says otherwise).
 */
export function machineNode(
  suffix: string,
  instanceId: string,
  internalIP: string,
  build: WindowsBuild = '10.0.20348',
  machineSet = MACHINE_SET,
): WindowsNodeTruth {
  return {
    name: `ip-${internalIP.replaceAll('.', '-')}.ec2.internal`,
    source: 'MachineSet',
    origin: machineSet,
    machine: `${machineSet}-${suffix}`,
    instanceId,
    internalIP,
    wmcoVersion: FULL_VERSION,
    ready: true,
    build,
  };
}

/** A BYOH instance's node (Windows Server 2022 unless the build says otherwise). */
export function byohNode(
  name: string,
  internalIP: string,
  build: WindowsBuild = '10.0.20348',
): WindowsNodeTruth {
  return {
    name,
    source: 'BYOH',
    origin: internalIP,
    internalIP,
    wmcoVersion: FULL_VERSION,
    ready: true,
    build,
  };
}

const nodes: WindowsNodeTruth[] = [
  machineNode('4qz8d', 'i-0c9d3e7a5b1f24680', '10.0.131.17'),
  { ...machineNode('b7n2k', 'i-07f2a9c4d1e6b3805', '10.0.136.92'), ready: false },
  machineNode('x9fjt', 'i-0e4b8d2f6a3c97151', '10.0.142.208'),
  byohNode('win-byoh-01', '10.1.42.11'),
  { ...byohNode('win-byoh-02', '10.1.42.12'), wmcoVersion: PREVIOUS_FULL_VERSION },
];

/** ConfigMap windows-instances: one `username=` entry per BYOH node's address. */
function byohInstancesOf(nodes: WindowsNodeTruth[]): Record<string, string> {
  return Object.fromEntries(
    nodes
      .filter((node) => node.source === 'BYOH')
      .map((node) => [node.internalIP, 'username=Administrator']),
  );
}

export const wmcoInstalledWithNodes = {
  namespace: NAMESPACE,
  csv: WMCO_CSV,
  version: VERSION,
  /** The newest windows-services ConfigMap's version: the one WMCO is rolling out. */
  fullVersion: FULL_VERSION,
  servicesConfigMaps: [PREVIOUS_FULL_VERSION, FULL_VERSION].map((v) => `windows-services-${v}`),
  windowsMachineSet: { name: MACHINE_SET, replicas: 3, readyReplicas: 2 },
  byohInstances: byohInstancesOf(nodes),
  nodes,
};

/** This scenario's Windows MachineSet; larger scenarios rename copies of it. */
export const windowsMachineSet: MachineSetShape = {
  name: MACHINE_SET,
  replicas: wmcoInstalledWithNodes.windowsMachineSet.replicas,
  readyReplicas: wmcoInstalledWithNodes.windowsMachineSet.readyReplicas,
  capacity: { vCPU: 2, memoryMb: 8192 },
  providerSpec: awsProviderSpec(ZONE, {
    ami: 'ami-0e5a7f3d9c2b1a4e6',
    instanceType: 'm5a.large',
    userDataSecret: { name: USER_DATA_SECRET, namespace: MACHINE_API_NAMESPACE },
  }),
  machineLabels: { 'machine.openshift.io/os-id': 'Windows' },
  nodeLabels: { 'node-role.kubernetes.io/worker': '' },
};

export async function seedWmcoInstalledWithNodes(client: KubeClient): Promise<void> {
  await seedAwsFresh(client);
  await seedWmcoInstallation(client, {
    approval: 'Automatic',
    version: VERSION,
    fullVersions: [PREVIOUS_FULL_VERSION, FULL_VERSION],
  });
  await seedWindowsWorkers(client, wmcoInstalledWithNodes.nodes);
}

export interface WindowsWorkersOptions {
  /** The Windows MachineSets, matched to MachineSet nodes by `origin`; default: windowsMachineSet. */
  machineSets?: MachineSetShape[];
  /** windows-instances entries of hosts that have no node yet, besides the BYOH nodes' own. */
  pendingByohEntries?: Record<string, string>;
  /** MachineSets, and nodes with their Machines, seeded at once (thousands take long one by one). */
  concurrency?: number;
}

/**
 * The SSH key and the windows-user-data WMCO made of it, the Windows MachineSets with a Machine per
 * MachineSet node, the BYOH entries in windows-instances, and the nodes themselves.
 */
export async function seedWindowsWorkers(
  client: KubeClient,
  nodes: WindowsNodeTruth[],
  {
    machineSets = [windowsMachineSet],
    pendingByohEntries = {},
    concurrency = 1,
  }: WindowsWorkersOptions = {},
): Promise<void> {
  const keyPair = generateSshKeyPairSync('ed25519');
  await client.create(resources.secrets, cloudPrivateKeySecret(NAMESPACE, keyPair.private));
  await client.create(resources.secrets, windowsUserDataSecret(keyPair.private));
  await client.create(resources.configMaps, {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'windows-instances', namespace: NAMESPACE },
    data: { ...pendingByohEntries, ...byohInstancesOf(nodes) },
  });
  // WMCO's record of which key configured a node: SHA-256 of the authorized_keys line.
  const pubKeyHash = createHash('sha256').update(keyPair.public.trim()).digest('hex');
  const seeded = new Map<string, { shape: MachineSetShape; stored: StoredObject }>();
  await forEachBounded(machineSets, concurrency, async (shape) => {
    const onMachines = nodes.filter(
      (node) => node.source === 'MachineSet' && node.origin === shape.name,
    );
    const stored = await seedMachineSet(client, AWS_INFRASTRUCTURE_NAME, {
      ...shape,
      replicas: onMachines.length,
      readyReplicas: onMachines.filter((node) => node.ready).length,
    });
    seeded.set(shape.name, { shape, stored });
  });
  await forEachBounded(nodes, concurrency, async (truth) => {
    const node = await seedWindowsNode(client, truth, pubKeyHash);
    if (truth.source !== 'MachineSet') return;
    const machineSet = seeded.get(truth.origin);
    if (!machineSet) throw new Error(`node ${truth.name}: no MachineSet ${truth.origin} to seed`);
    await seedMachine(client, truth, machineSet.shape, machineSet.stored, node);
  });
}

/** Which WMCO OLM installed from the stable channel, and the windows-services versions it published. */
export interface WmcoInstallation {
  approval: 'Automatic' | 'Manual';
  /** The stable channel's head, or an older entry of that channel. */
  version: string;
  fullVersions: string[];
}

/** What OLM leaves behind after installing WMCO, and what WMCO itself creates. */
export async function seedWmcoInstallation(
  client: KubeClient,
  { approval, version, fullVersions }: WmcoInstallation,
): Promise<void> {
  const csvName = `${WMCO_PACKAGE}.v${version}`;
  await subscribeToWmco(client, NAMESPACE, approval);
  const installed = timestampSecondsAgo(3600);
  await client.mergePatch(
    resources.operatorGroups,
    { name: NAMESPACE, namespace: NAMESPACE, subresource: 'status' },
    { status: { namespaces: [NAMESPACE], lastUpdated: installed } },
  );
  const subscription = await client.get<Subscription>(
    resources.subscriptions,
    WMCO_PACKAGE,
    NAMESPACE,
  );
  const planned = newInstallPlan(subscription, csvName);
  const plan = await createWithStatus(client, resources.installPlans, {
    ...planned,
    // Installed, so approved, whatever the approval strategy.
    spec: { ...planned.spec, approved: true },
    status: {
      phase: 'Complete',
      catalogSources: [subscription.spec.source],
      startTime: installed,
      conditions: [{ type: 'Installed', status: 'True', lastTransitionTime: installed }],
    },
  });
  await client.mergePatch(
    resources.subscriptions,
    { name: WMCO_PACKAGE, namespace: NAMESPACE, subresource: 'status' },
    {
      status: {
        state: 'AtLatestKnown',
        currentCSV: csvName,
        installedCSV: csvName,
        installPlanGeneration: 1,
        installPlanRef: {
          apiVersion: plan.apiVersion,
          kind: 'InstallPlan',
          name: plan.metadata.name,
          namespace: NAMESPACE,
          uid: plan.metadata.uid,
        },
        lastUpdated: installed,
      },
    },
  );

  const manifest = await client.get<PackageManifest>(
    resources.packageManifests,
    WMCO_PACKAGE,
    MARKETPLACE_NAMESPACE,
  );
  const stable = manifest.status.channels.find((channel) => channel.name === 'stable');
  if (!stable) throw new Error('the seeded PackageManifest has no stable channel');
  // An older entry is described like the head, with its own version.
  const head = {
    ...stable,
    currentCSV: csvName,
    currentCSVDesc: {
      ...stable.currentCSVDesc,
      version,
      relatedImages: stable.currentCSVDesc.relatedImages?.map((image) =>
        image.replace(/:v[^:]+$/, `:v${version}`),
      ),
    },
  };
  const succeeded = {
    phase: 'Succeeded',
    reason: 'InstallSucceeded',
    message: 'install strategy completed with no errors',
    lastTransitionTime: installed,
    lastUpdateTime: installed,
  };
  const csv = await createWithStatus(client, resources.clusterServiceVersions, {
    ...newClusterServiceVersion(WMCO_PACKAGE, NAMESPACE, head, {
      'olm.operatorGroup': NAMESPACE,
      'olm.operatorNamespace': NAMESPACE,
      'olm.targetNamespaces': NAMESPACE,
    }),
    status: { ...succeeded, conditions: [succeeded] },
  });
  await createWithStatus(
    client,
    resources.operatorConditions,
    wmcoOperatorCondition({ name: csvName, namespace: NAMESPACE, uid: csv.metadata.uid }),
  );
  for (const fullVersion of fullVersions) {
    await client.create(resources.configMaps, windowsServicesConfigMap(NAMESPACE, fullVersion));
  }
}

/** A Windows node as kubelet registers it and WMCO labels and annotates it. */
function seedWindowsNode(
  client: KubeClient,
  truth: WindowsNodeTruth,
  pubKeyHash: string,
): Promise<StoredObject> {
  const onMachine = truth.source === 'MachineSet';
  const since = timestampSecondsAgo(onMachine ? 5400 : 7200);
  return createWithStatus(client, resources.nodes, {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: truth.name,
      labels: {
        ...windowsNodeLabels(truth.name, truth.build),
        'node-role.kubernetes.io/worker': '',
        ...(onMachine
          ? {
              'node.kubernetes.io/instance-type': 'm5a.large',
              'topology.kubernetes.io/region': AWS_REGION,
              'topology.kubernetes.io/zone': ZONE,
            }
          : { [`${WMCO_PREFIX}/byoh`]: 'true' }),
      },
      annotations: {
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
        [`${WMCO_PREFIX}/version`]: truth.wmcoVersion,
        [`${WMCO_PREFIX}/desired-version`]: truth.wmcoVersion,
        [`${WMCO_PREFIX}/pub-key-hash`]: pubKeyHash,
        ...(truth.machine
          ? { 'machine.openshift.io/machine': `${MACHINE_API_NAMESPACE}/${truth.machine}` }
          : {}),
      },
    },
    spec: {
      providerID: truth.instanceId ? `aws:///${ZONE}/${truth.instanceId}` : undefined,
      taints: [
        { key: 'os', value: 'Windows', effect: 'NoSchedule' },
        ...(truth.ready
          ? []
          : [
              { key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule' },
              { key: 'node.kubernetes.io/not-ready', effect: 'NoExecute', timeAdded: since },
            ]),
      ],
    },
    status: {
      addresses: [
        { type: 'InternalIP', address: truth.internalIP },
        ...(onMachine ? [{ type: 'InternalDNS', address: truth.name }] : []),
        { type: 'Hostname', address: truth.name },
      ],
      capacity: { cpu: '2', 'ephemeral-storage': '125293548Ki', memory: '8388148Ki', pods: '250' },
      allocatable: {
        cpu: '1500m',
        'ephemeral-storage': '114396159Ki',
        memory: '7237172Ki',
        pods: '250',
      },
      conditions: kubeletConditions(truth.ready, since),
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: windowsNodeInfo(truth.build),
    },
  });
}

/** A running Machine of a Windows MachineSet, linked to its node. */
async function seedMachine(
  client: KubeClient,
  truth: WindowsNodeTruth,
  shape: MachineSetShape,
  machineSet: StoredObject,
  node: StoredObject,
): Promise<void> {
  const created = timestampSecondsAgo(6000);
  await createWithStatus(client, resources.machines, {
    apiVersion: 'machine.openshift.io/v1beta1',
    kind: 'Machine',
    metadata: {
      name: truth.machine,
      namespace: MACHINE_API_NAMESPACE,
      labels: {
        ...machineLabels(AWS_INFRASTRUCTURE_NAME, shape),
        'machine.openshift.io/instance-type': 'm5a.large',
        'machine.openshift.io/region': AWS_REGION,
        'machine.openshift.io/zone': ZONE,
      },
      annotations: { 'machine.openshift.io/instance-state': 'running' },
      ownerReferences: [
        {
          apiVersion: 'machine.openshift.io/v1beta1',
          kind: 'MachineSet',
          name: machineSet.metadata.name,
          uid: machineSet.metadata.uid,
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
    },
    spec: {
      lifecycleHooks: {},
      metadata: { labels: shape.nodeLabels },
      providerID: `aws:///${ZONE}/${truth.instanceId ?? ''}`,
      providerSpec: { value: shape.providerSpec },
    },
    status: {
      phase: 'Running',
      addresses: [
        { type: 'InternalIP', address: truth.internalIP },
        { type: 'InternalDNS', address: truth.name },
        { type: 'Hostname', address: truth.name },
      ],
      nodeRef: { kind: 'Node', name: node.metadata.name, uid: node.metadata.uid },
      lastUpdated: created,
      providerStatus: {
        apiVersion: 'machine.openshift.io/v1beta1',
        kind: 'AWSMachineProviderStatus',
        instanceId: truth.instanceId,
        instanceState: 'running',
        conditions: [
          {
            type: 'MachineCreation',
            status: 'True',
            reason: 'MachineCreationSucceeded',
            message: 'Machine successfully created',
            lastTransitionTime: created,
          },
        ],
      },
      conditions: ['Drainable', 'InstanceExists', 'Terminable'].map((type) => ({
        type,
        status: 'True',
        lastTransitionTime: created,
      })),
    },
  });
}
