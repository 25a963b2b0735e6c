import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ErrorResponse } from '../contract/errors';
import type { InstallState } from '../contract/install';
import type { LogRotationState } from '../contract/log-rotation';
import type { OverviewResponse } from '../contract/overview';
import { resourcePath, resources } from '../../integration-tests/cluster/resources';
import { wmcoInstalledWithNodes } from '../../integration-tests/cluster/scenarios/wmco-installed-with-nodes';
import { WMCO_PACKAGE } from '../../integration-tests/cluster/scenarios/marketplace';
import type { Subscription } from '../src/domain/openshift-objects';
import { startBffOnCluster, type BffOnCluster } from './bff-on-cluster';

let bff: BffOnCluster;

const { namespace, csv } = wmcoInstalledWithNodes;
const subscriptionAt = { name: WMCO_PACKAGE, namespace };

before(async () => {
  bff = await startBffOnCluster('aws-wmco-installed');
});

after(async () => {
  await bff.stop();
});

async function call<T>(method: 'GET' | 'PUT', url: string, payload?: object, token?: string) {
  const response = await bff.app.inject({
    method,
    url,
    payload,
    headers: { authorization: `Bearer ${token ?? bff.cluster.tokens.admin}` },
  });
  return { status: response.statusCode, body: response.json<T>() };
}

const save = (settings: object, token?: string) =>
  call<LogRotationState & ErrorResponse>('PUT', '/api/v1/install/log-rotation', settings, token);

type StoredSubscription = Omit<Subscription, 'metadata'> & {
  metadata: { resourceVersion: string; labels?: Record<string, string> };
  status?: object;
};

const readSubscription = () =>
  bff.admin.get<StoredSubscription>(resources.subscriptions, subscriptionAt.name, namespace);

async function unboundedFinding(): Promise<boolean> {
  const { body } = await call<OverviewResponse>('GET', '/api/v1/overview');
  return body.findings.some((finding) => finding.id === 'service-logs-unbounded');
}

const other = { name: 'HTTP_PROXY', value: 'http://proxy.example.com:3128' };
const guideSettings = { fileSize: '100M', fileAge: '168h', flushInterval: '5s' };

test('WMCO 10.22 without settings: the install view offers them empty, the Overview warns', async () => {
  const { body } = await call<InstallState>('GET', '/api/v1/install');
  assert.deepEqual(body.logRotation, {
    subscription: WMCO_PACKAGE,
    namespace,
    wmco: '10.22.0',
    since: '10.22.0',
    supported: true,
    settings: {},
  });
  assert.equal(await unboundedFinding(), true);
});

test('the settings are written into the Subscription, read back, and every other field is kept', async () => {
  await bff.admin.mergePatch(resources.subscriptions, subscriptionAt, {
    spec: { config: { env: [other], nodeSelector: { 'node-role.kubernetes.io/master': '' } } },
  });
  const before = await readSubscription();

  const { status, body } = await save(guideSettings);
  assert.equal(status, 200, JSON.stringify(body));
  assert.deepEqual(body.settings, guideSettings);

  const written = await readSubscription();
  assert.deepEqual(written.spec?.config, {
    env: [
      other,
      { name: 'SERVICES_LOG_FILE_SIZE', value: '100M' },
      { name: 'SERVICES_LOG_FILE_AGE', value: '168h' },
      { name: 'SERVICES_LOG_FLUSH_INTERVAL', value: '5s' },
    ],
    nodeSelector: { 'node-role.kubernetes.io/master': '' },
  });
  const { config: _written, ...writtenSpec } = written.spec ?? {};
  const { config: _before, ...beforeSpec } = before.spec ?? {};
  assert.deepEqual(writtenSpec, beforeSpec, 'channel, source and approval are untouched');
  assert.deepEqual(written.status, before.status);

  const { body: state } = await call<InstallState>('GET', '/api/v1/install');
  assert.deepEqual(state.logRotation?.settings, guideSettings);
  assert.equal(await unboundedFinding(), false, 'the Overview no longer warns');
});

test('saving the same settings again writes nothing', async () => {
  const before = await readSubscription();
  assert.equal((await save(guideSettings)).status, 200);
  const after = await readSubscription();
  assert.equal(after.metadata.resourceVersion, before.metadata.resourceVersion);
});

test('a value WMCO would refuse is refused with 400 naming the field, and nothing is written', async () => {
  const before = await readSubscription();
  for (const [field, value] of [
    ['fileSize', '100MB'],
    ['fileAge', '7d'],
    ['flushInterval', '-5s'],
  ] as const) {
    const { status, body } = await save({ ...guideSettings, [field]: value });
    assert.equal(status, 400, `${field}=${value}`);
    assert.equal(body.code, 'invalid-request');
    assert.equal(body.field, `body.${field}`);
  }
  const after = await readSubscription();
  assert.equal(after.metadata.resourceVersion, before.metadata.resourceVersion);
});

test('concurrent writers of the Subscription lose nothing: the write is retried on a fresh read', async () => {
  const labels = Array.from({ length: 8 }, (_, index) => `writer-${String(index)}`);
  const [saved] = await Promise.all([
    save({ fileSize: '50Mi', fileAge: '24h' }),
    ...labels.map((label) =>
      bff.admin.mergePatch(resources.subscriptions, subscriptionAt, {
        metadata: { labels: { [label]: 'true' } },
      }),
    ),
  ]);
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
  const written = await readSubscription();
  for (const label of labels) assert.equal(written.metadata.labels?.[label], 'true', label);
  assert.deepEqual(written.spec?.config?.env, [
    other,
    { name: 'SERVICES_LOG_FILE_SIZE', value: '50Mi' },
    { name: 'SERVICES_LOG_FILE_AGE', value: '24h' },
  ]);
});

test('a field left out is removed, the other entries kept; without a size the Overview warns again', async () => {
  const { status } = await save({ flushInterval: '5s' });
  assert.equal(status, 200);
  const written = await readSubscription();
  assert.deepEqual(written.spec?.config?.env, [
    other,
    { name: 'SERVICES_LOG_FLUSH_INTERVAL', value: '5s' },
  ]);
  assert.equal(await unboundedFinding(), true);
});

test('the limited user is refused with 403 naming the Subscription, and nothing is written', async () => {
  const token = bff.cluster.tokens.limited;
  const before = await readSubscription();
  const unread = await save(guideSettings, token);
  assert.equal(unread.status, 403);
  assert.equal(unread.body.code, 'subscription-not-writable');
  assert.deepEqual(unread.body.params, { name: WMCO_PACKAGE, namespace });

  // Allowed to read it, still not to change it: the API server refuses the write.
  const grant = { name: 'limited-reads-subscriptions' };
  const rbac = 'rbac.authorization.k8s.io';
  await bff.admin.create(resources.clusterRoles, {
    metadata: grant,
    rules: [
      {
        apiGroups: ['operators.coreos.com'],
        resources: ['subscriptions', 'clusterserviceversions'],
        verbs: ['get', 'list'],
      },
    ],
  });
  await bff.admin.create(resources.clusterRoleBindings, {
    metadata: grant,
    roleRef: { apiGroup: rbac, kind: 'ClusterRole', name: grant.name },
    subjects: [{ apiGroup: rbac, kind: 'User', name: 'limited' }],
  });
  try {
    const refused = await save(guideSettings, token);
    assert.equal(refused.status, 403);
    assert.equal(refused.body.code, 'subscription-not-writable');
    assert.deepEqual(refused.body.params, { name: WMCO_PACKAGE, namespace });
  } finally {
    await bff.admin.request('DELETE', resourcePath(resources.clusterRoleBindings, grant));
    await bff.admin.request('DELETE', resourcePath(resources.clusterRoles, grant));
  }
  const after = await readSubscription();
  assert.equal(after.metadata.resourceVersion, before.metadata.resourceVersion);
});

test('a WMCO before 10.22 is said not to read the settings: no panel offered, 409 on a write', async () => {
  const at = { name: csv, namespace };
  await bff.admin.mergePatch(resources.clusterServiceVersions, at, {
    spec: { version: '10.21.1' },
  });
  try {
    const { body } = await call<InstallState>('GET', '/api/v1/install');
    assert.equal(body.logRotation?.supported, false);
    assert.equal(body.logRotation?.wmco, '10.21.1');
    assert.equal(await unboundedFinding(), false, 'no warning where WMCO cannot rotate');
    const { status, body: refused } = await save(guideSettings);
    assert.equal(status, 409);
    assert.equal(refused.code, 'log-rotation-unsupported');
    assert.deepEqual(refused.params, { wmco: '10.21.1', since: '10.22.0' });
  } finally {
    await bff.admin.mergePatch(resources.clusterServiceVersions, at, {
      spec: { version: '10.22.0' },
    });
  }
});
