import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { V1Deployment, V1Node } from '@kubernetes/client-node';
import { KubeClient } from '../../integration-tests/cluster/kube-client';
import {
  startLocalCluster,
  type LocalCluster,
} from '../../integration-tests/cluster/local-cluster';
import { resources } from '../../integration-tests/cluster/resources';
import { mixedBuilds } from '../../integration-tests/cluster/scenarios/mixed-builds';
import { craftedImages, type HostBuild } from '../../integration-tests/registry/crafted-images';
import {
  startImageRegistries,
  type ImageRegistries,
} from '../../integration-tests/registry/image-registries';
import { fleetInventory } from '../src/domain/lifecycle/fleet-inventory';
import { imageRunsOn } from '../src/domain/lifecycle/image-compatibility';
import { nodeOs } from '../src/domain/lifecycle/node-os';
import { judgeNode } from '../src/domain/lifecycle/node-support';
import { pullIdentity } from '../src/domain/lifecycle/pull-identity';
import { userKubeConfig } from '../src/cluster/api/user-kube-config';
import { readPullSecrets } from '../src/cluster/lifecycle/pull-secrets';
import { ClusterReader } from '../src/cluster/reader/cluster-reader';
import { RegistryReader, type ImageLookup } from '../src/registry/registry-reader';

let cluster: LocalCluster;
let registries: ImageRegistries;
let admin: KubeClient;
const reader = new RegistryReader({ plainHttpLoopback: true });
const namespace = mixedBuilds.workloadNamespace;
/** The builds a planned move could target besides the nodes' own. */
const plannedBuild: HostBuild = '10.0.26100';

function readerOf(token: string): ClusterReader {
  return new ClusterReader(
    userKubeConfig({ server: cluster.server, caPem: cluster.caData }, token),
  );
}

function dockerConfig(hosts: string[]): string {
  const { username, password } = registries.user;
  const auths = Object.fromEntries(hosts.map((host) => [host, { username, password }]));
  return Buffer.from(JSON.stringify({ auths })).toString('base64');
}

function deployment(name: string, image: string, serviceAccountName?: string): V1Deployment {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace },
    spec: {
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          os: { name: 'windows' },
          serviceAccountName,
          containers: [{ name: 'app', image }],
        },
      },
    },
  };
}

const privateImage = () => craftedImages.find((image) => image.registry === 'basic');
const teamImage = () => craftedImages.find((image) => image.repository === 'private/team-app');

before(async () => {
  [cluster, registries] = await Promise.all([
    startLocalCluster({ scenario: 'mixed-builds' }),
    startImageRegistries(),
  ]);
  admin = new KubeClient({
    server: cluster.server,
    caData: cluster.caData,
    token: cluster.tokens.admin,
  });
  await admin.create(resources.secrets, {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'registry-credentials', namespace },
    type: 'kubernetes.io/dockerconfigjson',
    data: { '.dockerconfigjson': dockerConfig([registries.hosts.basic]) },
  });
  await admin.request('POST', `/api/v1/namespaces/${namespace}/serviceaccounts`, {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: { name: 'private-puller', namespace },
    imagePullSecrets: [{ name: 'registry-credentials' }],
  });
  const image = privateImage();
  assert.ok(image);
  await admin.create(
    resources.deployments,
    deployment('private-web', registries.reference(image), 'private-puller'),
  );
  await admin.create(
    resources.deployments,
    deployment('private-web-default', registries.reference(image)),
  );
});

after(async () => {
  admin.close();
  await Promise.all([registries.stop(), cluster.stop()]);
});

async function nodeBuilds(): Promise<V1Node[]> {
  return admin.list<V1Node>(resources.nodes, { labelSelector: 'kubernetes.io/os=windows' });
}

async function keyringOf(name: string, token = cluster.tokens.admin) {
  const object = await admin.get<V1Deployment>(resources.deployments, name, namespace);
  const identity = pullIdentity(object);
  assert.ok(identity);
  return readPullSecrets(readerOf(token), identity);
}

function answers(lookup: ImageLookup, builds: string[]) {
  assert.ok(lookup.ok, JSON.stringify(lookup));
  return Object.fromEntries(
    builds.map((build) => {
      const { verdict, code } = imageRunsOn(lookup.description, { build, architecture: 'amd64' });
      return [build.split('.').slice(0, 3).join('.'), { verdict, code }];
    }),
  );
}

test('the mixed-builds nodes are read from the API server with their full builds and judged', async () => {
  const judged = (await nodeBuilds()).map((node) =>
    judgeNode(nodeOs(node), {
      now: new Date('2025-06-01T00:00:00Z'),
      wmcoVersion: '10.22.0',
      platform: 'AWS',
    }),
  );
  const inventory = fleetInventory(judged);
  assert.deepEqual(
    inventory.groups.map((group) => [
      group.build,
      group.fullBuilds,
      group.nodes.length,
      group.state,
    ]),
    [
      ['10.0.17763', ['10.0.17763.6893'], 2, 'extended-only'],
      ['10.0.20348', ['10.0.20348.2340'], 2, 'mainstream'],
    ],
  );
  assert.deepEqual(inventory.mixedMachineSets, []);
});

test('each crafted image against the node builds and a planned 2025 build', async () => {
  const builds = [
    ...new Set((await nodeBuilds()).map((node) => node.status?.nodeInfo?.kernelVersion ?? '')),
  ].sort();
  assert.deepEqual(builds, ['10.0.17763.6893', '10.0.20348.2340']);
  const { keyring, unreadable } = await keyringOf('private-web');
  assert.deepEqual(unreadable, []);
  for (const image of craftedImages) {
    const lookup = await reader.read(registries.reference(image), keyring);
    const expected: Record<string, unknown> = {
      '10.0.17763': image.expected['10.0.17763'],
      '10.0.20348': image.expected['10.0.20348'],
      [plannedBuild]: image.expected[plannedBuild],
    };
    assert.deepEqual(answers(lookup, [...builds, plannedBuild]), expected, image.repository);
  }
});

test('without the pull secret a private image is an error of its own, the others still answer', async () => {
  const { keyring, unreadable } = await keyringOf('private-web-default');
  assert.deepEqual(unreadable, []);
  for (const image of [privateImage(), teamImage()]) {
    assert.ok(image);
    const lookup = await reader.read(registries.reference(image), keyring);
    assert.deepEqual(lookup, {
      ok: false,
      failure: { code: 'unauthorized', params: { registry: registries.hosts[image.registry] } },
    });
  }
  const publicImage = craftedImages.find((image) => image.registry === 'public');
  assert.ok(publicImage);
  assert.ok((await reader.read(registries.reference(publicImage), keyring)).ok);
});

test('a user who may not read the service account or secret reads without them, and is told', async () => {
  const { keyring, unreadable } = await keyringOf('private-web', cluster.tokens.limited);
  assert.deepEqual(unreadable, [
    `serviceaccounts/${namespace}/private-puller`,
    'secrets/openshift-config/pull-secret',
  ]);
  const image = privateImage();
  assert.ok(image);
  const lookup = await reader.read(registries.reference(image), keyring);
  assert.equal(lookup.ok ? 'ok' : lookup.failure.code, 'unauthorized');
});

test("the cluster's global pull secret counts for every workload", async () => {
  await admin.apply(resources.secrets, {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'pull-secret', namespace: 'openshift-config' },
    type: 'kubernetes.io/dockerconfigjson',
    data: { '.dockerconfigjson': dockerConfig([registries.hosts.basic]) },
  });
  const { keyring } = await keyringOf('private-web-default');
  const image = privateImage();
  assert.ok(image);
  const lookup = await reader.read(registries.reference(image), keyring);
  assert.deepEqual(answers(lookup, ['10.0.20348']), { '10.0.20348': image.expected['10.0.20348'] });
});

test('a document over the size cap is refused for that image', async () => {
  const small = new RegistryReader({ plainHttpLoopback: true, maxBytes: 300 });
  const image = craftedImages.find((candidate) => candidate.repository === 'apps/multiarch');
  assert.ok(image);
  const lookup = await small.read(registries.reference(image), []);
  assert.deepEqual(lookup, {
    ok: false,
    failure: { code: 'too-large', params: { registry: registries.hosts.public, limit: 300 } },
  });
});

test('answers are kept: a stopped registry still answers from the cache, a fresh reader cannot', async () => {
  const image = craftedImages.find((candidate) => candidate.tag === 'ltsc2022');
  assert.ok(image);
  const reference = registries.reference(image);
  const before = await reader.read(reference, []);
  assert.ok(before.ok);
  await registries.stop();
  assert.deepEqual(await reader.read(reference, []), before);
  const fresh = await new RegistryReader({ plainHttpLoopback: true }).read(reference, []);
  assert.equal(fresh.ok ? 'ok' : fresh.failure.code, 'unreachable');
});
