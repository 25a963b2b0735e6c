import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ErrorResponse } from '../contract/errors';
import type {
  InstallRequest,
  InstallResult,
  InstallState,
  UninstallPlan,
} from '../contract/install';
import { KubeClient } from '../../integration-tests/cluster/kube-client';
import {
  startLocalCluster,
  type LocalCluster,
} from '../../integration-tests/cluster/local-cluster';
import { resources } from '../../integration-tests/cluster/resources';
import {
  startSimulators,
  type Simulators,
} from '../../integration-tests/cluster/simulators/runner';
import { waitFor } from '../../integration-tests/cluster/wait-for';
import { buildApp, type BffApp } from '../src/app';
import { testConfig } from './test-config';

let cluster: LocalCluster;
let simulators: Simulators;
let app: BffApp;
let admin: KubeClient;
/** Every response body of this file, to prove no private key ever leaves the BFF. */
const bodies: string[] = [];

const namespace = 'openshift-windows-machine-config-operator';
const request: InstallRequest = {
  namespace,
  clusterMonitoring: true,
  channel: 'stable',
  approval: 'Automatic',
  source: 'redhat-operators',
  sourceNamespace: 'openshift-marketplace',
  key: { mode: 'generate', type: 'ed25519' },
};

before(async () => {
  cluster = await startLocalCluster({ scenario: 'aws-fresh', controllerManager: true });
  simulators = startSimulators({
    server: cluster.server,
    caData: cluster.caData,
    token: cluster.tokens.admin,
  });
  app = await buildApp(testConfig({ cluster: { server: cluster.server, caPem: cluster.caData } }));
  admin = new KubeClient({
    server: cluster.server,
    caData: cluster.caData,
    token: cluster.tokens.admin,
  });
});

after(async () => {
  for (const body of bodies)
    assert.doesNotMatch(body, /PRIVATE KEY/, 'a response carried a private key');
  admin.close();
  await app.close();
  await simulators.stop();
  await cluster.stop();
});

async function call<T>(
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  token: string,
  payload?: object,
) {
  const response = await app.inject({
    method,
    url,
    payload,
    headers: { authorization: `Bearer ${token}` },
  });
  bodies.push(response.body);
  return { status: response.statusCode, body: response.json<T>() };
}

function keyFile(args: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'key-'));
  try {
    execFileSync('ssh-keygen', ['-q', '-f', path.join(dir, 'k'), '-C', '', ...args]);
    return readFileSync(path.join(dir, 'k'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('unusable uploaded keys are refused with 400 naming the problem, before anything is created', async () => {
  const cases: [string, string, object][] = [
    ['encrypted', keyFile(['-t', 'ed25519', '-N', 'a-passphrase']), { problem: 'encrypted' }],
    [
      'RSA 1024',
      keyFile(['-t', 'rsa', '-b', '1024', '-m', 'PEM', '-N', '']),
      { problem: 'weak-rsa', bits: 1024 },
    ],
    ['garbage', 'definitely not a key', { problem: 'unparseable' }],
  ];
  for (const [name, privateKey, params] of cases) {
    const { status, body } = await call<{ code: string; params: object; field: string }>(
      'POST',
      '/api/v1/install',
      cluster.tokens.admin,
      {
        ...request,
        key: { mode: 'upload', privateKey },
      },
    );
    assert.equal(status, 400, name);
    assert.equal(body.code, 'private-key-unusable', name);
    assert.deepEqual(body.params, params, name);
    assert.equal(body.field, 'body.key.privateKey');
  }
  const namespaces = await admin.list(resources.namespaces);
  assert.ok(!namespaces.some((ns) => ns.metadata?.name === namespace), 'nothing was created');
});

test('the limited user is refused by RBAC in the API server’s words naming the permission, and nothing is left unreported', async () => {
  const { status, body } = await call<ErrorResponse>(
    'POST',
    '/api/v1/install',
    cluster.tokens.limited,
    request,
  );
  assert.equal(status, 403);
  assert.equal(body.cause?.code, 'api-server-refused');
  assert.match(
    String(body.cause?.params.message),
    /namespaces( "[^"]+")? is forbidden: User "limited" cannot (get|create) resource "namespaces"/,
  );
  assert.deepEqual([body.code, body.params], ['install-stopped', { inPlace: [] }]);
});

test('install creates the guide’s objects, validated by the real CRD schemas, and shows only the public key', async () => {
  const { status, body } = await call<InstallResult>(
    'POST',
    '/api/v1/install',
    cluster.tokens.admin,
    request,
  );
  assert.equal(status, 200, JSON.stringify(body));
  assert.deepEqual(
    body.steps.map((step) => step.outcome),
    ['created', 'created', 'created', 'created'],
  );
  assert.match(body.key?.publicKey ?? '', /^ssh-ed25519 AAAA/);
  assert.match(body.key?.fingerprint ?? '', /^SHA256:/);

  const ns = await admin.get(resources.namespaces, namespace);
  assert.equal(ns.metadata?.labels?.['openshift.io/cluster-monitoring'], 'true');
  const [group] = await admin.list<{ spec: { targetNamespaces: string[] } } & { metadata: object }>(
    resources.operatorGroups,
    { namespace },
  );
  assert.deepEqual(group?.spec.targetNamespaces, [namespace]);
  const [subscription] = await admin.list<{ metadata: object; spec: Record<string, string> }>(
    resources.subscriptions,
    { namespace },
  );
  assert.deepEqual(
    {
      channel: subscription?.spec.channel,
      approval: subscription?.spec.installPlanApproval,
      source: subscription?.spec.source,
    },
    { channel: 'stable', approval: 'Automatic', source: 'redhat-operators' },
  );
  const secret = await admin.get<{ metadata: object; data: Record<string, string> }>(
    resources.secrets,
    'cloud-private-key',
    namespace,
  );
  assert.match(
    Buffer.from(secret.data['private-key.pem'] ?? '', 'base64').toString(),
    /BEGIN OPENSSH PRIVATE KEY/,
  );

  await waitFor(
    'the CSV to succeed',
    async () => {
      const state = await call<InstallState>('GET', '/api/v1/install', cluster.tokens.admin);
      return state.body.progress.stage === 'succeeded' ? state.body : undefined;
    },
    { timeoutMs: 30_000 },
  );
});

test('running the install again adopts everything and changes nothing', async () => {
  const before = await admin.list(resources.subscriptions, { namespace });
  const { status, body } = await call<InstallResult>(
    'POST',
    '/api/v1/install',
    cluster.tokens.admin,
    { ...request, key: { mode: 'keep' } },
  );
  assert.equal(status, 200);
  assert.deepEqual(
    body.steps.map((step) => step.outcome),
    ['adopted', 'adopted', 'adopted', 'adopted'],
  );
  const afterRun = await admin.list(resources.subscriptions, { namespace });
  assert.deepEqual(
    afterRun.map((s) => s.metadata?.resourceVersion),
    before.map((s) => s.metadata?.resourceVersion),
  );
});

test('a second install with other settings reports the difference instead of overwriting', async () => {
  const { body } = await call<InstallResult>('POST', '/api/v1/install', cluster.tokens.admin, {
    ...request,
    approval: 'Manual',
    key: { mode: 'generate', type: 'ed25519' },
  });
  const subscriptionStep = body.steps.find((step) => step.object.startsWith('Subscription'));
  assert.equal(subscriptionStep?.outcome, 'conflict');
  assert.deepEqual(subscriptionStep?.code === 'subscription-differs' && subscriptionStep.params, {
    differences: ['installPlanApproval=Automatic'],
  });
  assert.equal(body.steps.find((step) => step.object.startsWith('Secret'))?.outcome, 'kept');
  const [subscription] = await admin.list<{ metadata: object; spec: Record<string, string> }>(
    resources.subscriptions,
    { namespace },
  );
  assert.equal(subscription?.spec.installPlanApproval, 'Automatic');
});

test('uninstall is refused while a Windows Machine exists, and says which', async () => {
  await admin.create(resources.machines, {
    apiVersion: 'machine.openshift.io/v1beta1',
    kind: 'Machine',
    metadata: {
      name: 'winlab-7xk2p-windows-us-east-1a-x1b2c',
      namespace: 'openshift-machine-api',
      labels: { 'machine.openshift.io/os-id': 'Windows' },
    },
    spec: {},
  });
  const plan = await call<UninstallPlan>('GET', '/api/v1/uninstall', cluster.tokens.admin);
  assert.deepEqual(plan.body.windowsMachines, ['winlab-7xk2p-windows-us-east-1a-x1b2c']);
  const refused = await call<ErrorResponse>(
    'POST',
    '/api/v1/uninstall/operator',
    cluster.tokens.admin,
  );
  assert.equal(refused.status, 409);
  assert.deepEqual(
    [refused.body.code, refused.body.params],
    ['wmco-in-use', { machines: ['winlab-7xk2p-windows-us-east-1a-x1b2c'], instances: [] }],
  );
  assert.equal(
    (await admin.list(resources.subscriptions, { namespace })).length,
    1,
    'the Subscription stays',
  );
});
