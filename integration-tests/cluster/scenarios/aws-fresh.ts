// A freshly installed OpenShift 4.22.3 cluster on AWS (installer-provisioned, us-east-1,
// OVN-Kubernetes with hybrid networking configured): three Linux worker MachineSets, the default
// catalogs, no Windows anything yet and no console plugin enabled.
import { createHash, randomUUID } from 'node:crypto';
import type { KubeClient } from '../kube-client';
import { resources } from '../resources';
import { MARKETPLACE_NAMESPACE, seedMarketplace } from './marketplace';
import { createWithStatus, timestampSecondsAgo } from './seed';

const INFRASTRUCTURE_NAME = 'winlab-7xk2p';
const BASE_DOMAIN = 'winlab.example.com';
const REGION = 'us-east-1';
const OPENSHIFT_VERSION = '4.22.3';
const MACHINE_API_NAMESPACE = 'openshift-machine-api';
const INSTALLED_SECONDS_AGO = 2 * 86_400;

const clusterNetwork = [{ cidr: '10.128.0.0/14', hostPrefix: 23 }];
const serviceNetwork = ['172.30.0.0/16'];

export async function seedAwsFresh(client: KubeClient): Promise<void> {
  for (const name of [MACHINE_API_NAMESPACE, MARKETPLACE_NAMESPACE, 'openshift-config']) {
    await client.create(resources.namespaces, {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name },
    });
  }
  await seedInfrastructure(client);
  await seedClusterVersion(client);
  await seedNetwork(client);
  await createWithStatus(client, resources.proxies, {
    apiVersion: 'config.openshift.io/v1',
    kind: 'Proxy',
    metadata: { name: 'cluster' },
    spec: {},
    status: {},
  });
  await client.create(resources.consoleOperators, {
    apiVersion: 'operator.openshift.io/v1',
    kind: 'Console',
    metadata: { name: 'cluster' },
    spec: { managementState: 'Managed', plugins: [] },
  });
  for (const zone of ['a', 'b', 'c']) await seedWorkerMachineSet(client, `${REGION}${zone}`);
  await seedMarketplace(client);
}

async function seedInfrastructure(client: KubeClient): Promise<void> {
  await createWithStatus(client, resources.infrastructures, {
    apiVersion: 'config.openshift.io/v1',
    kind: 'Infrastructure',
    metadata: { name: 'cluster' },
    spec: { cloudConfig: { name: '' }, platformSpec: { type: 'AWS', aws: {} } },
    status: {
      apiServerURL: `https://api.${BASE_DOMAIN}:6443`,
      apiServerInternalURI: `https://api-int.${BASE_DOMAIN}:6443`,
      controlPlaneTopology: 'HighlyAvailable',
      cpuPartitioning: 'None',
      etcdDiscoveryDomain: '',
      infrastructureName: INFRASTRUCTURE_NAME,
      infrastructureTopology: 'HighlyAvailable',
      platform: 'AWS',
      platformStatus: { type: 'AWS', aws: { region: REGION } },
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

async function seedNetwork(client: KubeClient): Promise<void> {
  // config.openshift.io Network has no status subresource: its status is written with the object.
  await client.create(resources.networkConfigs, {
    apiVersion: 'config.openshift.io/v1',
    kind: 'Network',
    metadata: { name: 'cluster' },
    spec: {
      clusterNetwork,
      serviceNetwork,
      networkType: 'OVNKubernetes',
      externalIP: { policy: {} },
    },
    status: {
      clusterNetwork,
      serviceNetwork,
      networkType: 'OVNKubernetes',
      clusterNetworkMTU: 8901,
    },
  });
  await client.create(resources.networkOperators, {
    apiVersion: 'operator.openshift.io/v1',
    kind: 'Network',
    metadata: { name: 'cluster' },
    spec: {
      managementState: 'Managed',
      clusterNetwork,
      serviceNetwork,
      defaultNetwork: {
        type: 'OVNKubernetes',
        ovnKubernetesConfig: {
          hybridOverlayConfig: {
            hybridClusterNetwork: [{ cidr: '10.132.0.0/14', hostPrefix: 23 }],
          },
        },
      },
    },
  });
}

/**
 * A Linux worker MachineSet as the installer creates it on AWS, with its MachineSet controller
 * status.
 */
async function seedWorkerMachineSet(client: KubeClient, zone: string): Promise<void> {
  const name = `${INFRASTRUCTURE_NAME}-worker-${zone}`;
  const selector = {
    'machine.openshift.io/cluster-api-cluster': INFRASTRUCTURE_NAME,
    'machine.openshift.io/cluster-api-machineset': name,
  };
  const tagFilter = (value: string): object => ({
    filters: [{ name: 'tag:Name', values: [value] }],
  });
  await createWithStatus(client, resources.machineSets, {
    apiVersion: 'machine.openshift.io/v1beta1',
    kind: 'MachineSet',
    metadata: {
      name,
      namespace: MACHINE_API_NAMESPACE,
      labels: { 'machine.openshift.io/cluster-api-cluster': INFRASTRUCTURE_NAME },
      annotations: {
        'capacity.cluster-autoscaler.kubernetes.io/labels': 'kubernetes.io/arch=amd64',
        'machine.openshift.io/GPU': '0',
        'machine.openshift.io/memoryMb': '16384',
        'machine.openshift.io/vCPU': '4',
      },
    },
    spec: {
      replicas: 1,
      selector: { matchLabels: selector },
      template: {
        metadata: {
          labels: {
            ...selector,
            'machine.openshift.io/cluster-api-machine-role': 'worker',
            'machine.openshift.io/cluster-api-machine-type': 'worker',
          },
        },
        spec: {
          lifecycleHooks: {},
          metadata: {},
          providerSpec: {
            value: {
              apiVersion: 'machine.openshift.io/v1beta1',
              kind: 'AWSMachineProviderConfig',
              ami: { id: 'ami-0a3c4f6b8e21d9f57' },
              blockDevices: [
                {
                  ebs: {
                    encrypted: true,
                    iops: 0,
                    kmsKey: { arn: '' },
                    volumeSize: 120,
                    volumeType: 'gp3',
                  },
                },
              ],
              credentialsSecret: { name: 'aws-cloud-credentials' },
              deviceIndex: 0,
              iamInstanceProfile: { id: `${INFRASTRUCTURE_NAME}-worker-profile` },
              instanceType: 'm6i.xlarge',
              metadataServiceOptions: {},
              placement: { availabilityZone: zone, region: REGION },
              securityGroups: [
                tagFilter(`${INFRASTRUCTURE_NAME}-node`),
                tagFilter(`${INFRASTRUCTURE_NAME}-lb`),
              ],
              subnet: tagFilter(`${INFRASTRUCTURE_NAME}-subnet-private-${zone}`),
              tags: [{ name: `kubernetes.io/cluster/${INFRASTRUCTURE_NAME}`, value: 'owned' }],
              userDataSecret: { name: 'worker-user-data' },
            },
          },
        },
      },
    },
    status: {
      replicas: 1,
      fullyLabeledReplicas: 1,
      readyReplicas: 1,
      availableReplicas: 1,
      observedGeneration: 1,
      labelSelector: Object.entries(selector)
        .map(([key, value]) => `${key}=${value}`)
        .join(','),
    },
  });
}
