// The Windows workloads of the lifecycle scenario, their images in the local registries: pods of
// two of them run on the Windows Server 2019 MachineSet's nodes (a ReplicaSet of each Deployment
// placed them there; no controller runs here, so the seed writes what it would have made).
import type { V1ObjectMeta } from '@kubernetes/client-node';
import type { KubeClient } from '../kube-client';
import { resourcePath, resources, type ResourceType } from '../resources';
import type { ImageRegistries } from '../../registry/image-registries';
import { craftedImages } from '../../registry/crafted-images';
import { createWithStatus, timestampSecondsAgo, type StoredObject } from './seed';

export const WORKLOAD_NAMESPACE = 'windows-apps';
const PULL_SECRET = 'registry-credentials';

/** Creates an object; the API server's answer carries its name and uid. */
function createStored(
  client: KubeClient,
  resource: ResourceType,
  object: { metadata: V1ObjectMeta & { namespace: string } } & Record<string, unknown>,
) {
  const path = resourcePath(resource, { namespace: object.metadata.namespace });
  return client.request<StoredObject>('POST', path, object);
}

/** The crafted image of a repository and tag, as a workload names it. */
function reference(registries: ImageRegistries, repository: string, tag: string): string {
  const image = craftedImages.find((c) => c.repository === repository && c.tag === tag);
  if (!image) throw new Error(`no crafted image ${repository}:${tag}`);
  return registries.reference(image);
}

interface WorkloadShape {
  name: string;
  image: string;
  /** A node selector beyond kubernetes.io/os=windows (a build pins a workload to it). */
  build?: string;
  pullSecret?: boolean;
}

/** The workloads and what each one's image runs on: the ground truth of the scenario. */
export function lifecycleWorkloads(registries: ImageRegistries) {
  return {
    /** Windows Server 2019 only: the one workload a move to 2022 breaks. */
    legacy: { name: 'legacy-web', image: reference(registries, 'windows/servercore', 'ltsc2019') },
    /** An index with a 2019 and a 2022 entry: runs on both. */
    multi: { name: 'multi-web', image: reference(registries, 'apps/multi-build', '1.0') },
    /** Pinned to 2022 nodes: no node of the 2019 MachineSet takes it. */
    pinned: {
      name: 'web-2022',
      image: reference(registries, 'windows/servercore', 'ltsc2022'),
      build: '10.0.20348',
    },
    /** Behind htpasswd, pulled with the namespace's pull secret, pinned to 2022 nodes too. */
    private: {
      name: 'private-web',
      image: reference(registries, 'private/web', '1.0'),
      build: '10.0.20348',
      pullSecret: true,
    },
    /** The multi-build image with both builds: what legacy-web moves to once fixed. */
    fixedImage: reference(registries, 'apps/multi-build', '1.0'),
  } satisfies Record<string, WorkloadShape | string>;
}

function deployment(shape: WorkloadShape) {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: shape.name, namespace: WORKLOAD_NAMESPACE, labels: { app: shape.name } },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: shape.name } },
      template: {
        metadata: { labels: { app: shape.name } },
        spec: podSpec(shape),
      },
    },
  };
}

function podSpec(shape: WorkloadShape) {
  return {
    os: { name: 'windows' },
    nodeSelector: {
      'kubernetes.io/os': 'windows',
      ...(shape.build ? { 'node.kubernetes.io/windows-build': shape.build } : {}),
    },
    tolerations: [{ key: 'os', value: 'Windows', effect: 'NoSchedule' }],
    ...(shape.pullSecret ? { imagePullSecrets: [{ name: PULL_SECRET }] } : {}),
    containers: [{ name: 'web', image: shape.image }],
  };
}

/** The ReplicaSet a Deployment's controller made, and its pod, placed and running on `node`. */
async function seedPodOn(
  client: KubeClient,
  owner: StoredObject,
  shape: WorkloadShape,
  node: string,
) {
  const controllerOf = (object: StoredObject, kind: string, apiVersion: string) => [
    { apiVersion, kind, name: object.metadata.name, uid: object.metadata.uid, controller: true },
  ];
  const hash = owner.metadata.uid.slice(0, 8);
  const replicaSet = await createStored(client, resources.replicaSets, {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name: `${shape.name}-${hash}`,
      namespace: WORKLOAD_NAMESPACE,
      labels: { app: shape.name },
      ownerReferences: controllerOf(owner, 'Deployment', 'apps/v1'),
    },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: shape.name } },
      template: { metadata: { labels: { app: shape.name } }, spec: podSpec(shape) },
    },
  });
  const since = timestampSecondsAgo(3600);
  await createWithStatus(client, resources.pods, {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `${shape.name}-${hash}-x7k2q`,
      namespace: WORKLOAD_NAMESPACE,
      labels: { app: shape.name },
      ownerReferences: controllerOf(replicaSet, 'ReplicaSet', 'apps/v1'),
    },
    spec: { ...podSpec(shape), nodeName: node },
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

/**
 * The namespace, its pull secret for the htpasswd registry, the Deployments, and pods of legacy-web
 * and multi-web on the two given nodes (the 2019 MachineSet's).
 */
export async function seedLifecycleWorkloads(
  client: KubeClient,
  registries: ImageRegistries,
  podNodes: [string, string],
): Promise<void> {
  const workloads = lifecycleWorkloads(registries);
  await client.create(resources.namespaces, {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name: WORKLOAD_NAMESPACE },
  });
  const { username, password } = registries.user;
  const auths = { [registries.hosts.basic]: { username, password } };
  await client.create(resources.secrets, {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: PULL_SECRET, namespace: WORKLOAD_NAMESPACE },
    type: 'kubernetes.io/dockerconfigjson',
    data: { '.dockerconfigjson': Buffer.from(JSON.stringify({ auths })).toString('base64') },
  });
  const created = new Map<string, StoredObject>();
  for (const shape of [workloads.legacy, workloads.multi, workloads.pinned, workloads.private]) {
    created.set(shape.name, await createStored(client, resources.deployments, deployment(shape)));
  }
  const [first, second] = podNodes;
  for (const [shape, node] of [
    [workloads.legacy, first],
    [workloads.multi, second],
  ] as const) {
    const owner = created.get(shape.name);
    if (owner) await seedPodOn(client, owner, shape, node);
  }
}
