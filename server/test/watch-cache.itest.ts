import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import assert from 'node:assert/strict';
import type { NodesResponse } from '../contract/nodes';
import type { OverviewResponse } from '../contract/overview';
import type { UpgradesResponse } from '../contract/upgrades';
import { KubeClient } from '../../integration-tests/cluster/kube-client';
import {
  startLocalCluster,
  type LocalCluster,
} from '../../integration-tests/cluster/local-cluster';
import { resourcePath, resources } from '../../integration-tests/cluster/resources';
import { MACHINE_API_NAMESPACE } from '../../integration-tests/cluster/scenarios/openshift-cluster';
import { wmcoInstalledWithNodes } from '../../integration-tests/cluster/scenarios/wmco-installed-with-nodes';
import { waitFor } from '../../integration-tests/cluster/wait-for';
import { buildApp, type BffApp } from '../src/app';
import { userKubeConfig } from '../src/cluster/api/user-kube-config';
import { testConfig } from './test-config';

let cluster: LocalCluster;
let cached: BffApp;
let direct: BffApp;
let admin: KubeClient;

before(async () => {
  cluster = await startLocalCluster({ scenario: 'wmco-installed-with-nodes' });
  const connection = { server: cluster.server, caPem: cluster.caData };
  cached = await buildApp(
    testConfig({
      cluster: connection,
      watchCache: { kubeConfig: userKubeConfig(connection, cluster.tokens.admin) },
    }),
  );
  direct = await buildApp(testConfig({ cluster: connection }));
  await cached.ready();
  admin = new KubeClient({
    server: cluster.server,
    caData: cluster.caData,
    token: cluster.tokens.admin,
  });
});

after(async () => {
  admin.close();
  await cached.close();
  await direct.close();
  await cluster.stop();
});

/** How many overviews this BFF has sent, to anyone, again from a kept document or derived anew. */
async function overviewsSent(result: 'kept' | 'derived' = 'kept'): Promise<number> {
  const metrics = await cached.inject({
    method: 'GET',
    url: '/metrics',
    headers: { authorization: `Bearer ${cluster.tokens.admin}` },
  });
  const match = new RegExp(
    `windows_nodes_bff_view_documents_total\\{view="overview",result="${result}"\\} (\\d+)`,
  ).exec(metrics.body);
  return Number(match?.[1] ?? 0);
}

/** Reads the overview as this caller until it comes from a kept document (their informers synced). */
async function overviewOnceKept(token: string): Promise<OverviewResponse> {
  return waitFor(
    'the overview to be sent from a kept document',
    async () => {
      const before = await overviewsSent();
      const overview = await get<OverviewResponse>(cached, '/api/v1/overview', token);
      return (await overviewsSent()) > before ? overview : undefined;
    },
    { timeoutMs: 10_000, intervalMs: 100 },
  );
}

async function get<T>(app: BffApp, url: string, token: string): Promise<T> {
  const response = await app.inject({
    method: 'GET',
    url,
    headers: { authorization: `Bearer ${token}` },
  });
  assert.equal(response.statusCode, 200, response.body);
  return response.json<T>();
}

test('the cached overview equals the one read from the API server', async () => {
  await waitFor('the cache to serve nodes', async () => {
    const metrics = await cached.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${cluster.tokens.admin}` },
    });
    return /windows_nodes_bff_watch_cache_objects\{resource="nodes"\} 5/.test(metrics.body)
      ? true
      : undefined;
  });
  const fromCache = await get<OverviewResponse>(cached, '/api/v1/overview', cluster.tokens.admin);
  const fromApi = await get<OverviewResponse>(direct, '/api/v1/overview', cluster.tokens.admin);
  assert.deepEqual(fromCache, fromApi);
  assert.equal(fromCache.counts.windowsNodes, wmcoInstalledWithNodes.nodes.length);
});

// First of the limited user's reads: no access answers of theirs are remembered yet.
test('a kept document is not sent to a caller whose rights were taken away', async () => {
  const { namespace } = wmcoInstalledWithNodes;
  const token = cluster.tokens.limited;
  const grant = { name: 'limited-reads-wmco-objects' };
  // Enough for every read of the overview to come from a cache: without the Subscription and its
  // CSV, the overview would read the catalog's PackageManifest from the API server.
  const rbac = 'rbac.authorization.k8s.io';
  const subject = { apiGroup: rbac, kind: 'User', name: 'limited' };
  await admin.create(resources.clusterRoles, {
    metadata: grant,
    rules: [
      { apiGroups: ['operators.coreos.com'], resources: ['subscriptions'], verbs: ['list'] },
      {
        apiGroups: ['operators.coreos.com'],
        resources: ['clusterserviceversions'],
        verbs: ['get'],
      },
    ],
  });
  await admin.create(resources.clusterRoleBindings, {
    metadata: grant,
    roleRef: { apiGroup: rbac, kind: 'ClusterRole', name: grant.name },
    subjects: [subject],
  });
  // WMCO's pods: when it started (the monitoring label). kube-system: install-config's machine network,
  // in ConfigMap cluster-config-v1.
  const reads = { apiGroups: [''], verbs: ['get', 'list', 'watch'] };
  for (const [ns, kinds] of [
    [namespace, ['configmaps', 'secrets', 'pods']],
    ['openshift-machine-api', ['configmaps', 'secrets']],
    ['kube-system', ['configmaps']],
  ] as const) {
    await admin.create(resources.roles, {
      metadata: { ...grant, namespace: ns },
      rules: [{ ...reads, resources: [...kinds] }],
    });
    await admin.create(resources.roleBindings, {
      metadata: { ...grant, namespace: ns },
      roleRef: { apiGroup: rbac, kind: 'Role', name: grant.name },
      subjects: [subject],
    });
  }
  const granted = await overviewOnceKept(token);
  assert.ok(granted.counts.byohEntries > 0, 'the BYOH entries are readable while granted');
  assert.ok(!granted.findings.some((finding) => finding.id === 'cannot-read-configmaps'));

  await admin.request('DELETE', resourcePath(resources.roleBindings, { ...grant, namespace }));
  // Access answers are remembered for 30 s, as for every cached read.
  const revoked = await waitFor(
    'the revoked right to show',
    async () => {
      const overview = await get<OverviewResponse>(cached, '/api/v1/overview', token);
      return overview.findings.some((finding) => finding.id === 'cannot-read-configmaps')
        ? overview
        : undefined;
    },
    { timeoutMs: 40_000, intervalMs: 500 },
  );
  assert.equal(revoked.counts.byohEntries, 0);

  await admin.request('DELETE', resourcePath(resources.clusterRoleBindings, grant));
  await admin.request(
    'DELETE',
    resourcePath(resources.roleBindings, { ...grant, namespace: 'openshift-machine-api' }),
  );
});

test('the cached nodes and upgrades views equal those read from the API server', async () => {
  const token = cluster.tokens.admin;
  assert.deepEqual(
    await get<NodesResponse>(cached, '/api/v1/nodes', token),
    await get<NodesResponse>(direct, '/api/v1/nodes', token),
  );
  // Progress carries an estimate that moves with the clock; what each node is doing must not differ.
  const withoutProgress = ({ progress: _progress, ...view }: UpgradesResponse) => view;
  const fromCache = await get<UpgradesResponse>(cached, '/api/v1/upgrades', token);
  const fromApi = await get<UpgradesResponse>(direct, '/api/v1/upgrades', token);
  assert.deepEqual(withoutProgress(fromCache), withoutProgress(fromApi));
  assert.equal(fromCache.nodes.length, wmcoInstalledWithNodes.nodes.length);
});

test('the cache serves nobody RBAC would refuse: the limited user sees permission findings', async () => {
  const nodes = await get<NodesResponse>(cached, '/api/v1/nodes', cluster.tokens.limited);
  assert.deepEqual(nodes.nodes, []);
  assert.ok(nodes.unreadable.includes('nodes'));
  assert.ok(nodes.unreadable.includes('machines.machine.openshift.io'));
  const overview = await get<OverviewResponse>(cached, '/api/v1/overview', cluster.tokens.limited);
  assert.equal(overview.platform, undefined, 'the Infrastructure is not served from the cache');
  assert.ok(
    overview.findings.some(
      (finding) => finding.id === 'cannot-read-infrastructures.config.openshift.io',
    ),
  );
});

test('a change in the API server reaches the cached view', async () => {
  const [target] = wmcoInstalledWithNodes.nodes;
  if (!target) throw new Error('scenario without nodes');
  await admin.mergePatch(resources.nodes, { name: target.name }, { spec: { unschedulable: true } });
  await waitFor(
    'the cordon to show',
    async () => {
      const nodes = await get<NodesResponse>(cached, '/api/v1/nodes', cluster.tokens.admin);
      return nodes.nodes.find((node) => node.name === target.name)?.schedulable === false
        ? true
        : undefined;
    },
    { timeoutMs: 5000 },
  );
});

test('the caller’s own informers keep a kept overview current: a new BYOH entry, a replaced key', async () => {
  const token = cluster.tokens.admin;
  const { namespace } = wmcoInstalledWithNodes;
  const before = await overviewOnceKept(token);
  assert.ok(before.findings.some((finding) => finding.id === 'private-key-ok'));
  await admin.mergePatch(
    resources.configMaps,
    { name: 'windows-instances', namespace },
    { data: { '10.1.42.99': 'username=Administrator' } },
  );
  await admin.mergePatch(
    resources.secrets,
    { name: 'cloud-private-key', namespace },
    { data: { 'private-key.pem': Buffer.from('not a key').toString('base64') } },
  );
  const after = await waitFor(
    'the entry and the key to show',
    async () => {
      const overview = await get<OverviewResponse>(cached, '/api/v1/overview', token);
      return overview.counts.byohEntries === before.counts.byohEntries + 1 &&
        overview.findings.some(
          (finding) => finding.id.startsWith('private-key-') && finding.id !== 'private-key-ok',
        )
        ? overview
        : undefined;
    },
    { timeoutMs: 5000, intervalMs: 50 },
  );
  assert.deepEqual(after, await get<OverviewResponse>(direct, '/api/v1/overview', token));
});

test('/metrics answers only callers RBAC lets get the non-resource URL /metrics', async () => {
  const status = async (headers: Record<string, string>) =>
    (await cached.inject({ method: 'GET', url: '/metrics', headers })).statusCode;
  assert.equal(await status({}), 401);
  assert.equal(await status({ authorization: 'Bearer not-a-token' }), 401);
  assert.equal(await status({ authorization: `Bearer ${cluster.tokens.limited}` }), 403);
  const scraped = await cached.inject({
    method: 'GET',
    url: '/metrics',
    headers: { authorization: `Bearer ${cluster.tokens.admin}` },
  });
  assert.equal(scraped.statusCode, 200);
  assert.match(scraped.body, /^windows_nodes_bff_http_requests_total\{/m);
});

test('an update to what the cache drops (a Machine’s provider status) derives no view; one it keeps does', async () => {
  const [machine] = await admin.list(resources.machines, { namespace: MACHINE_API_NAMESPACE });
  const at = { name: machine?.metadata?.name ?? '', namespace: MACHINE_API_NAMESPACE };
  const setInstanceState = (instanceState: string) =>
    admin.mergePatch(
      resources.machines,
      { ...at, subresource: 'status' },
      { status: { providerStatus: { instanceState } } },
    );
  // The cache knows an object's stored form from its updates: the first one counts as a change.
  // Loopback watch events arrive in milliseconds: a second leaves ample time.
  await overviewOnceKept(cluster.tokens.admin);
  await setInstanceState('shutting-down');
  await sleep(1000);
  await overviewOnceKept(cluster.tokens.admin);
  const derived = await overviewsSent('derived');
  await setInstanceState('stopping');
  await setInstanceState('stopped');
  await sleep(1000);
  await get<OverviewResponse>(cached, '/api/v1/overview', cluster.tokens.admin);
  assert.equal(await overviewsSent('derived'), derived, 'derived again for a dropped field');

  await admin.mergePatch(resources.machines, at, { metadata: { labels: { team: 'windows' } } });
  await waitFor(
    'the label to derive the overview again',
    async () => {
      await get<OverviewResponse>(cached, '/api/v1/overview', cluster.tokens.admin);
      return (await overviewsSent('derived')) > derived || undefined;
    },
    { timeoutMs: 5000 },
  );
});
