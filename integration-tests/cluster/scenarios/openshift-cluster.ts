// The building blocks every scenario shares: an installer-provisioned OpenShift 4.22.3 cluster of a
// given platform, network and proxy, its MachineSets and the default marketplace. Scenario files
// describe a ClusterShape; this file turns it into the objects a real cluster would hold.
import { createHash, randomUUID } from 'node:crypto';
import type { KubeClient } from '../kube-client';
import { resources } from '../resources';
import { MARKETPLACE_NAMESPACE, seedMarketplace } from './marketplace';
import { createWithStatus, labelSelector, timestampSecondsAgo, type StoredObject } from './seed';

export const OPENSHIFT_VERSION = '4.22.3';
export const MACHINE_API_NAMESPACE = 'openshift-machine-api';
const INSTALLED_SECONDS_AGO = 2 * 86_400;

const clusterNetwork = [{ cidr: '10.128.0.0/14', hostPrefix: 23 }];
const serviceNetwork = ['172.30.0.0/16'];

/** OVN-Kubernetes always comes with hybrid networking (hybridOverlayConfig) here. */
export type NetworkShape =
  { type: 'OVNKubernetes'; hybridOverlayVXLANPort?: number } | { type: 'OpenShiftSDN' };

export interface ProxyShape {
  httpProxy: string;
  httpsProxy: string;
  noProxy: string;
}

export interface ClusterShape {
  /** `<cluster name>-<5 random characters>`: the prefix of MachineSets and cloud resources. */
  infrastructureName: string;
  /** `<cluster name>.<base domain>`, under which api and api-int live. */
  clusterDomain: string;
  platformSpec: { type: string } & Record<string, unknown>;
  platformStatus: { type: string } & Record<string, unknown>;
  machineNetwork: string;
  network: NetworkShape;
  proxy?: ProxyShape;
  workerMachineSets: MachineSetShape[];
}

export interface MachineSetShape {
  name: string;
  replicas: number;
  /** Machines whose Node is Ready; all of them unless said otherwise. */
  readyReplicas?: number;
  /** The cloud's machine description (providerSpec.value). */
  providerSpec: object;
  /** What the MachineSet controller annotates: the instance size, for the autoscaler. */
  capacity: { vCPU: number; memoryMb: number };
  /** Labels of the Machines beyond selector and role, e.g. `machine.openshift.io/os-id`. */
  machineLabels?: Record<string, string>;
  /** Labels the Machines give their Nodes. */
  nodeLabels?: Record<string, string>;
}

export async function seedOpenShiftCluster(client: KubeClient, shape: ClusterShape): Promise<void> {
  for (const name of [MACHINE_API_NAMESPACE, MARKETPLACE_NAMESPACE, 'openshift-config']) {
    await client.create(resources.namespaces, {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name },
    });
  }
  await seedInfrastructure(client, shape);
  await seedClusterVersion(client);
  await seedNetwork(client, shape.network);
  await seedProxy(client, shape);
  await client.create(resources.consoleOperators, {
    apiVersion: 'operator.openshift.io/v1',
    kind: 'Console',
    metadata: { name: 'cluster' },
    spec: { managementState: 'Managed', plugins: [] },
  });
  for (const machineSet of shape.workerMachineSets) {
    await seedMachineSet(client, shape.infrastructureName, machineSet);
  }
  await seedMarketplace(client);
}

async function seedInfrastructure(client: KubeClient, shape: ClusterShape): Promise<void> {
  await createWithStatus(client, resources.infrastructures, {
    apiVersion: 'config.openshift.io/v1',
    kind: 'Infrastructure',
    metadata: { name: 'cluster' },
    spec: { cloudConfig: { name: '' }, platformSpec: shape.platformSpec },
    status: {
      apiServerURL: `https://api.${shape.clusterDomain}:6443`,
      apiServerInternalURI: `https://api-int.${shape.clusterDomain}:6443`,
      controlPlaneTopology: 'HighlyAvailable',
      cpuPartitioning: 'None',
      etcdDiscoveryDomain: '',
      infrastructureName: shape.infrastructureName,
      infrastructureTopology: 'HighlyAvailable',
      platform: shape.platformStatus.type,
      platformStatus: shape.platformStatus,
    },
  });
}

async function seedClusterVersion(client: KubeClient): Promise<void> {
  // A made-up but well-formed release digest: nothing pulls it.
  const digest = createHash('sha256').update(`ocp-release-${OPENSHIFT_VERSION}`).digest('hex');
  const image = `quay.io/openshift-release-dev/ocp-release@sha256:${digest}`;
  const installed = timestampSecondsAgo(INSTALLED_SECONDS_AGO);
  const completed = timestampSecondsAgo(INSTALLED_SECONDS_AGO - 45 * 60);
  await createWithStatus(client, resources.clusterVersions, {
    apiVersion: 'config.openshift.io/v1',
    kind: 'ClusterVersion',
    metadata: { name: 'version' },
    spec: { clusterID: randomUUID(), channel: 'stable-4.22' },
    status: {
      desired: {
        version: OPENSHIFT_VERSION,
        image,
        channels: ['candidate-4.22', 'fast-4.22', 'stable-4.22'],
      },
      history: [
        {
          state: 'Completed',
          version: OPENSHIFT_VERSION,
          image,
          verified: false,
          startedTime: installed,
          completionTime: completed,
        },
      ],
      observedGeneration: 1,
      versionHash: digest.slice(0, 12),
      availableUpdates: null,
      conditions: [
        {
          type: 'Available',
          status: 'True',
          lastTransitionTime: completed,
          message: `Done applying ${OPENSHIFT_VERSION}`,
        },
        { type: 'Failing', status: 'False', lastTransitionTime: completed },
        {
          type: 'Progressing',
          status: 'False',
          lastTransitionTime: completed,
          message: `Cluster version is ${OPENSHIFT_VERSION}`,
        },
        { type: 'RetrievedUpdates', status: 'True', lastTransitionTime: completed },
      ],
    },
  });
}

async function seedNetwork(client: KubeClient, network: NetworkShape): Promise<void> {
  // Tunnel overhead on a 9001-byte AWS jumbo frame: Geneve 100 bytes, VXLAN 50.
  const mtu = network.type === 'OVNKubernetes' ? 8901 : 8951;
  // config.openshift.io Network has no status subresource: its status is written with the object.
  await client.create(resources.networkConfigs, {
    apiVersion: 'config.openshift.io/v1',
    kind: 'Network',
    metadata: { name: 'cluster' },
    spec: { clusterNetwork, serviceNetwork, networkType: network.type, externalIP: { policy: {} } },
    status: { clusterNetwork, serviceNetwork, networkType: network.type, clusterNetworkMTU: mtu },
  });
  const defaultNetwork =
    network.type === 'OVNKubernetes'
      ? {
          type: network.type,
          ovnKubernetesConfig: {
            hybridOverlayConfig: {
              hybridClusterNetwork: [{ cidr: '10.132.0.0/14', hostPrefix: 23 }],
              hybridOverlayVXLANPort: network.hybridOverlayVXLANPort,
            },
          },
        }
      : { type: network.type, openshiftSDNConfig: { mode: 'NetworkPolicy', mtu } };
  await client.create(resources.networkOperators, {
    apiVersion: 'operator.openshift.io/v1',
    kind: 'Network',
    metadata: { name: 'cluster' },
    spec: { managementState: 'Managed', clusterNetwork, serviceNetwork, defaultNetwork },
  });
}

/**
 * The cluster-wide Proxy: empty unless the shape has one; its status adds what the network operator
 * always exempts from proxying (cluster networks, api-int, the cloud's metadata address).
 */
async function seedProxy(client: KubeClient, shape: ClusterShape): Promise<void> {
  const { proxy } = shape;
  const noProxy = proxy && [
    ...proxy.noProxy.split(','),
    ...clusterNetwork.map((network) => network.cidr),
    ...serviceNetwork,
    shape.machineNetwork,
    `api-int.${shape.clusterDomain}`,
    '.cluster.local',
    '.svc',
    '127.0.0.1',
    'localhost',
    ...(shape.platformStatus.type === 'AWS' ? ['169.254.169.254'] : []),
  ];
  await createWithStatus(client, resources.proxies, {
    apiVersion: 'config.openshift.io/v1',
    kind: 'Proxy',
    metadata: { name: 'cluster' },
    spec: proxy ? { ...proxy, trustedCA: { name: '' } } : {},
    status: proxy && noProxy ? { ...proxy, noProxy: [...new Set(noProxy)].sort().join(',') } : {},
  });
}

/** The labels that tie a MachineSet to its Machines. */
export function machineSetSelector(
  infrastructureName: string,
  name: string,
): Record<string, string> {
  return {
    'machine.openshift.io/cluster-api-cluster': infrastructureName,
    'machine.openshift.io/cluster-api-machineset': name,
  };
}

/** The labels of a MachineSet's Machines (worker role). */
export function machineLabels(
  infrastructureName: string,
  shape: MachineSetShape,
): Record<string, string> {
  return {
    ...machineSetSelector(infrastructureName, shape.name),
    'machine.openshift.io/cluster-api-machine-role': 'worker',
    'machine.openshift.io/cluster-api-machine-type': 'worker',
    ...shape.machineLabels,
  };
}

/** A worker MachineSet as the installer (or the guide, ch. 5) creates it, with controller status. */
export function seedMachineSet(
  client: KubeClient,
  infrastructureName: string,
  shape: MachineSetShape,
): Promise<StoredObject> {
  const selector = machineSetSelector(infrastructureName, shape.name);
  const ready = shape.readyReplicas ?? shape.replicas;
  return createWithStatus(client, resources.machineSets, {
    apiVersion: 'machine.openshift.io/v1beta1',
    kind: 'MachineSet',
    metadata: {
      name: shape.name,
      namespace: MACHINE_API_NAMESPACE,
      labels: { 'machine.openshift.io/cluster-api-cluster': infrastructureName },
      annotations: {
        'capacity.cluster-autoscaler.kubernetes.io/labels': 'kubernetes.io/arch=amd64',
        'machine.openshift.io/GPU': '0',
        'machine.openshift.io/memoryMb': String(shape.capacity.memoryMb),
        'machine.openshift.io/vCPU': String(shape.capacity.vCPU),
      },
    },
    spec: {
      replicas: shape.replicas,
      selector: { matchLabels: selector },
      template: {
        metadata: { labels: machineLabels(infrastructureName, shape) },
        spec: {
          lifecycleHooks: {},
          metadata: shape.nodeLabels ? { labels: shape.nodeLabels } : {},
          providerSpec: { value: shape.providerSpec },
        },
      },
    },
    status: {
      replicas: shape.replicas,
      fullyLabeledReplicas: shape.replicas,
      readyReplicas: ready,
      availableReplicas: ready,
      observedGeneration: 1,
      labelSelector: labelSelector(selector),
    },
  });
}
