import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { V1Deployment, V1RuntimeClass, V1Service } from '@kubernetes/client-node';
import type {
  CheckResult,
  RuntimeClassResult,
  SampleNamespaces,
  SamplePreview,
  SampleRequest,
  SampleResult,
  WorkloadsState,
} from '../contract/workloads';
import { KubeClient } from '../../integration-tests/cluster/kube-client';
import {
  startLocalCluster,
  type LocalCluster,
} from '../../integration-tests/cluster/local-cluster';
import { resources } from '../../integration-tests/cluster/resources';
import { mixedBuilds } from '../../integration-tests/cluster/scenarios/mixed-builds';
import { buildApp, type BffApp } from '../src/app';
import { windowsRuntimeClass } from '../src/domain/workloads/runtime-class';
import { testConfig } from './test-config';

let cluster: LocalCluster;
let app: BffApp;
let admin: KubeClient;

const namespace = mixedBuilds.workloadNamespace;
const sample: SampleRequest = {
  namespace,
  name: 'win-webserver',
  imageFamily: 'servercore',
  build: mixedBuilds.builds['2022'].build,
  runtimeClassName: mixedBuilds.builds['2022'].runtimeClass,
  replicas: 1,
  serviceType: 'LoadBalancer',
};

interface Failure {
  code: string;
  params: Record<string, unknown>;
  field?: string;
  cause?: { code: string; params: Record<string, unknown> };
}

before(async () => {
  cluster = await startLocalCluster({ scenario: 'mixed-builds' });
  app = await buildApp(testConfig({ cluster: { server: cluster.server, caPem: cluster.caData } }));
  admin = new KubeClient({
    server: cluster.server,
    caData: cluster.caData,
    token: cluster.tokens.admin,
  });
});

after(async () => {
  admin.close();
  await app.close();
  await cluster.stop();
});

async function call<T>(method: 'GET' | 'POST', url: string, token: string, payload?: object) {
  const response = await app.inject({
    method,
    url,
    payload,
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.statusCode, body: response.json<T>() };
}

const asAdmin = <T>(method: 'GET' | 'POST', url: string, payload?: object) =>
  call<T>(method, url, cluster.tokens.admin, payload);
const asLimited = <T>(method: 'GET' | 'POST', url: string, payload?: object) =>
  call<T>(method, url, cluster.tokens.limited, payload);

test('the builds on the nodes are listed with their version, tag and nodes; no RuntimeClass yet', async () => {
  const { status, body } = await asAdmin<WorkloadsState>('GET', '/api/v1/workloads/builds');
  assert.equal(status, 200, JSON.stringify(body));
  assert.deepEqual(
    body.builds.map((b) => [b.build, b.windowsServer, b.imageTag, b.nodes.length, b.suggestedName]),
    [
      ['10.0.17763', '2019', 'ltsc2019', 2, 'windows2019'],
      ['10.0.20348', '2022', 'ltsc2022', 2, 'windows2022'],
    ],
  );
  assert.deepEqual(body.builds[0]?.nodes, ['win2019-byoh-01', 'win2019-byoh-02']);
  assert.deepEqual(body.runtimeClasses, []);
  assert.deepEqual(body.unreadable, []);
});

test('the limited user cannot create a RuntimeClass: 403 naming the permission', async () => {
  const { status, body } = await asLimited<Failure>('POST', '/api/v1/workloads/runtime-classes', {
    build: '10.0.20348',
    name: 'windows2022',
  });
  assert.equal(status, 403);
  assert.equal(body.code, 'api-server-refused');
  assert.match(
    String(body.params.message),
    /User "limited" cannot create resource "runtimeclasses" in API group "node\.k8s\.io"/,
  );
});

test('RuntimeClasses for both builds are created exactly as the guide’s, then reused', async () => {
  for (const { build, runtimeClass } of Object.values(mixedBuilds.builds)) {
    const { status, body } = await asAdmin<RuntimeClassResult>(
      'POST',
      '/api/v1/workloads/runtime-classes',
      { build, name: runtimeClass },
    );
    assert.equal(status, 200, JSON.stringify(body));
    assert.equal(body.outcome, 'created');
    const stored = await admin.get<V1RuntimeClass>(resources.runtimeClasses, runtimeClass);
    const guide = windowsRuntimeClass(runtimeClass, build);
    assert.equal(stored.handler, guide.handler);
    assert.deepEqual(stored.scheduling, guide.scheduling);
  }
  // The same again, or under another name: the existing one is reused.
  for (const name of ['windows2022', 'win-2022-copy']) {
    const { body } = await asAdmin<RuntimeClassResult>(
      'POST',
      '/api/v1/workloads/runtime-classes',
      {
        build: '10.0.20348',
        name,
      },
    );
    assert.deepEqual([body.outcome, body.name], ['reused', 'windows2022']);
  }
  const all = await admin.list(resources.runtimeClasses);
  assert.deepEqual(all.map((rc) => rc.metadata?.name).sort(), ['windows2019', 'windows2022']);

  const { body } = await asAdmin<WorkloadsState>('GET', '/api/v1/workloads/builds');
  assert.deepEqual(
    body.builds.map((b) => [b.build, b.runtimeClasses, b.guideRuntimeClass]),
    [
      ['10.0.17763', ['windows2019'], 'windows2019'],
      ['10.0.20348', ['windows2022'], 'windows2022'],
    ],
  );
});

test('a RuntimeClass name that is taken or malformed is refused naming the field', async () => {
  const taken = await asAdmin<Failure>('POST', '/api/v1/workloads/runtime-classes', {
    build: '10.0.26100',
    name: 'windows2022',
  });
  assert.equal(taken.status, 409);
  assert.equal(taken.body.field, 'body.name');
  assert.deepEqual(
    [taken.body.code, taken.body.params],
    ['runtime-class-name-taken', { name: 'windows2022', build: '10.0.20348' }],
  );

  const malformed = await asAdmin<Failure>('POST', '/api/v1/workloads/runtime-classes', {
    build: '10.0.26100',
    name: 'Windows_2025',
  });
  assert.equal(malformed.status, 400);
  assert.equal(malformed.body.field, 'body.name');

  const badBuild = await asAdmin<Failure>('POST', '/api/v1/workloads/runtime-classes', {
    build: 'ltsc2025',
    name: 'windows2025',
  });
  assert.equal(badBuild.status, 400);
  assert.equal(badBuild.body.field, 'body.build');
});

test('the limited user without rights in the namespace gets 403 naming both permissions; nothing is created', async () => {
  const { status, body } = await asLimited<Failure>('POST', '/api/v1/workloads/sample', sample);
  assert.equal(status, 403);
  assert.deepEqual(
    [body.code, body.params],
    ['sample-not-allowed', { namespace, resources: ['deployments.apps', 'services'] }],
  );
  assert.equal(body.field, 'body.namespace');
  const deployments = await admin.list(resources.deployments, { namespace });
  assert.deepEqual(
    deployments.map((d) => d.metadata?.name),
    [mixedBuilds.legacyDeployment.name],
  );
});

test('granted Deployments only, the limited user is told the Service permission is missing', async () => {
  await admin.request('POST', `/apis/rbac.authorization.k8s.io/v1/namespaces/${namespace}/roles`, {
    metadata: { name: 'deployments-only', namespace },
    rules: [{ apiGroups: ['apps'], resources: ['deployments'], verbs: ['create', 'get'] }],
  });
  await admin.request(
    'POST',
    `/apis/rbac.authorization.k8s.io/v1/namespaces/${namespace}/rolebindings`,
    {
      metadata: { name: 'limited-deployments-only', namespace },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'deployments-only' },
      subjects: [{ kind: 'User', name: 'limited', apiGroup: 'rbac.authorization.k8s.io' }],
    },
  );
  const { status, body } = await asLimited<Failure>('POST', '/api/v1/workloads/sample', sample);
  assert.equal(status, 403);
  assert.deepEqual(
    [body.code, body.params],
    ['sample-not-allowed', { namespace, resources: ['services'] }],
  );
});

test('the preview is the guide’s YAML with ltsc2022 and windows2022; create puts both objects in the API server', async () => {
  const preview = await asAdmin<SamplePreview>('POST', '/api/v1/workloads/sample/preview', sample);
  assert.equal(preview.status, 200, JSON.stringify(preview.body));
  assert.deepEqual(
    preview.body.objects.map((o) => o.kind),
    ['Deployment', 'Service'],
  );
  assert.match(
    preview.body.objects[0]?.yaml ?? '',
    /image: mcr\.microsoft\.com\/windows\/servercore:ltsc2022/,
  );
  assert.match(preview.body.objects[0]?.yaml ?? '', /runtimeClassName: windows2022/);
  assert.deepEqual(preview.body.warnings, []);

  const { status, body } = await asAdmin<SampleResult>('POST', '/api/v1/workloads/sample', sample);
  assert.equal(status, 200, JSON.stringify(body));
  assert.deepEqual(
    body.created.map((o) => `${o.kind} ${o.namespace}/${o.name}`),
    [`Deployment ${namespace}/win-webserver`, `Service ${namespace}/win-webserver`],
  );
  const deployment = await admin.get<V1Deployment>(
    resources.deployments,
    'win-webserver',
    namespace,
  );
  const pod = deployment.spec?.template.spec;
  assert.equal(pod?.containers[0]?.image, 'mcr.microsoft.com/windows/servercore:ltsc2022');
  assert.equal(pod?.runtimeClassName, 'windows2022');
  assert.equal(pod?.os?.name, 'windows');
  const service = await admin.get<V1Service>(resources.services, 'win-webserver', namespace);
  assert.equal(service.spec?.type, 'LoadBalancer');
  assert.deepEqual(service.spec?.selector, { app: 'win-webserver' });
});

test('creating the sample again is a conflict that says nothing was created', async () => {
  const { status, body } = await asAdmin<Failure>('POST', '/api/v1/workloads/sample', sample);
  assert.equal(status, 409);
  assert.deepEqual([body.code, body.params], ['sample-stopped', { created: [] }]);
  assert.deepEqual(body.cause, {
    code: 'object-exists',
    params: { kind: 'Deployment', name: 'win-webserver', namespace },
  });
  assert.equal(body.field, 'body.name');
});

test('a sample with a RuntimeClass of another build is refused before anything is created', async () => {
  const request = { ...sample, name: 'mismatch', runtimeClassName: 'windows2019' };
  const preview = await asAdmin<SamplePreview>('POST', '/api/v1/workloads/sample/preview', request);
  assert.deepEqual(preview.body.warnings, [
    {
      code: 'runtime-class-other-build',
      params: { runtimeClass: 'windows2019', build: '10.0.20348', pinned: '10.0.17763' },
    },
  ]);
  const { status, body } = await asAdmin<Failure>('POST', '/api/v1/workloads/sample', request);
  assert.equal(status, 400);
  assert.equal(body.field, 'body.runtimeClassName');
  assert.equal(body.code, 'runtime-class-other-build');
  await assert.rejects(admin.get(resources.deployments, 'mismatch', namespace), /404|not found/i);
});

test('the checker reads legacy-web by reference and flags the build mismatch', async () => {
  const { status, body } = await asAdmin<CheckResult>('POST', '/api/v1/workloads/check', {
    reference: { kind: 'Deployment', namespace, name: mixedBuilds.legacyDeployment.name },
  });
  assert.equal(status, 200, JSON.stringify(body));
  assert.equal(body.verdict, 'cannot-run');
  assert.deepEqual(
    body.findings.map((f) => f.id),
    ['image-build-mismatch'],
  );
  const [finding] = body.findings;
  assert.equal(finding?.code, 'image-build-mismatch');
  assert.deepEqual(finding.fix, {
    code: 'use-tag-or-set-runtime-class',
    params: { tags: ['ltsc2022'], runtimeClass: 'windows2019', build: '10.0.17763' },
  });
});

test('the checker passes the sample it created, naming the 2022 nodes', async () => {
  const { body } = await asAdmin<CheckResult>('POST', '/api/v1/workloads/check', {
    reference: { kind: 'Deployment', namespace, name: 'win-webserver' },
  });
  assert.equal(body.verdict, 'can-run');
  assert.deepEqual(
    body.nodes,
    mixedBuilds.nodes.filter((n) => n.build === '10.0.20348').map((n) => n.name),
  );
});

test('the checker refuses bad requests naming the field, and RBAC decides what it may read', async () => {
  const cases: [object, number, string, { code: string; params: object }][] = [
    [{}, 400, 'body', { code: 'reference-or-yaml', params: {} }],
    [
      { yaml: 'kind: Pod', reference: { kind: 'Pod', namespace, name: 'x' } },
      400,
      'body',
      { code: 'reference-or-yaml', params: {} },
    ],
    [
      { yaml: 'kind: Pod\n---\nkind: Pod\n' },
      400,
      'body.yaml',
      { code: 'yaml-several-documents', params: { count: 2 } },
    ],
    [
      { yaml: 'kind: Service\nspec: {}\n' },
      400,
      'body.yaml',
      { code: 'kind-not-checkable', params: { kind: 'Service' } },
    ],
    [
      { reference: { kind: 'Deployment', namespace, name: 'nope' } },
      404,
      'body.reference.name',
      { code: 'workload-not-found', params: { kind: 'Deployment', namespace, name: 'nope' } },
    ],
    [
      { reference: { kind: 'ReplicaSet', namespace, name: 'x' } },
      400,
      'body.reference.kind',
      { code: 'invalid-request', params: { field: 'body.reference.kind' } },
    ],
  ];
  for (const [payload, status, field, expected] of cases) {
    const response = await asAdmin<Failure>('POST', '/api/v1/workloads/check', payload);
    assert.equal(response.status, status, JSON.stringify(payload));
    assert.equal(response.body.field, field, JSON.stringify(payload));
    assert.equal(response.body.code, expected.code);
    for (const [name, value] of Object.entries(expected.params)) {
      assert.equal(response.body.params[name], value, name);
    }
  }
  const forbidden = await asLimited<Failure>('POST', '/api/v1/workloads/check', {
    reference: { kind: 'Pod', namespace, name: 'anything' },
  });
  assert.equal(forbidden.status, 403);
  assert.deepEqual(
    [forbidden.body.code, forbidden.body.params],
    ['workload-unreadable', { kind: 'Pod', name: 'anything', namespace, resource: 'pods' }],
  );
});

test('pasted YAML from a user who cannot list nodes is still checked, and says what was skipped', async () => {
  const { status, body } = await asLimited<CheckResult>('POST', '/api/v1/workloads/check', {
    yaml: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: true\n  containers:\n  - {name: c, image: "mcr.microsoft.com/windows/servercore:ltsc2022"}\n',
  });
  assert.equal(status, 200, JSON.stringify(body));
  assert.equal(body.notChecked.length, 2);
  assert.ok(body.findings.some((f) => f.id === 'host-network'));
});

test('the namespace picker lists what the caller may list; the limited user may list none', async () => {
  const listed = await asAdmin<SampleNamespaces>('GET', '/api/v1/workloads/namespaces');
  assert.equal(listed.status, 200, JSON.stringify(listed.body));
  assert.equal(listed.body.readable, true);
  assert.ok(listed.body.namespaces.includes(namespace), JSON.stringify(listed.body));
  assert.deepEqual(listed.body.namespaces, [...listed.body.namespaces].sort());

  const limited = await asLimited<SampleNamespaces>('GET', '/api/v1/workloads/namespaces');
  assert.equal(limited.status, 200, JSON.stringify(limited.body));
  assert.deepEqual(limited.body, { namespaces: [], readable: false });
});

test('the sample into a namespace that does not exist creates the namespace first, as the caller', async () => {
  const fresh = 'win-sample-fresh';
  const { status, body } = await asAdmin<SampleResult>('POST', '/api/v1/workloads/sample', {
    ...sample,
    namespace: fresh,
  });
  assert.equal(status, 200, JSON.stringify(body));
  assert.deepEqual(
    body.created.map((o) => `${o.kind} ${o.namespace}/${o.name}`),
    [
      `Namespace ${fresh}/${fresh}`,
      `Deployment ${fresh}/win-webserver`,
      `Service ${fresh}/win-webserver`,
    ],
  );
  const deployment = await admin.get<V1Deployment>(resources.deployments, 'win-webserver', fresh);
  assert.equal(deployment.spec?.template.spec?.runtimeClassName, 'windows2022');

  const malformed = await asAdmin<Failure>('POST', '/api/v1/workloads/sample', {
    ...sample,
    namespace: 'Not_A_Label',
  });
  assert.equal(malformed.status, 400);
  assert.equal(malformed.body.field, 'body.namespace');
});

test('the limited user is refused a new namespace, named, and nothing is created', async () => {
  const refusedNamespace = 'win-sample-limited';
  const namespaceCreated = async () =>
    (await admin.list(resources.namespaces)).some((n) => n.metadata?.name === refusedNamespace);

  const unlisted = await asLimited<Failure>('POST', '/api/v1/workloads/sample', {
    ...sample,
    namespace: refusedNamespace,
  });
  assert.equal(unlisted.status, 403);
  assert.deepEqual(
    [unlisted.body.code, unlisted.body.params],
    [
      'sample-not-allowed',
      { namespace: refusedNamespace, resources: ['deployments.apps', 'services'] },
    ],
  );
  assert.equal(await namespaceCreated(), false);

  // Allowed the sample's objects in every namespace but not to create a namespace.
  const clusterRoles = '/apis/rbac.authorization.k8s.io/v1/clusterroles';
  const clusterRoleBindings = '/apis/rbac.authorization.k8s.io/v1/clusterrolebindings';
  await admin.request('POST', clusterRoles, {
    metadata: { name: 'sample-objects-anywhere' },
    rules: [
      { apiGroups: ['apps'], resources: ['deployments'], verbs: ['create'] },
      { apiGroups: [''], resources: ['services'], verbs: ['create'] },
    ],
  });
  await admin.request('POST', clusterRoleBindings, {
    metadata: { name: 'limited-sample-objects-anywhere' },
    roleRef: {
      apiGroup: 'rbac.authorization.k8s.io',
      kind: 'ClusterRole',
      name: 'sample-objects-anywhere',
    },
    subjects: [{ kind: 'User', name: 'limited', apiGroup: 'rbac.authorization.k8s.io' }],
  });
  try {
    const refused = await asLimited<Failure>('POST', '/api/v1/workloads/sample', {
      ...sample,
      namespace: refusedNamespace,
    });
    assert.equal(refused.status, 403, JSON.stringify(refused.body));
    assert.deepEqual(
      [refused.body.code, refused.body.params],
      ['namespace-create-not-allowed', { namespace: refusedNamespace }],
    );
    assert.equal(refused.body.field, 'body.namespace');
    assert.equal(await namespaceCreated(), false);
  } finally {
    await admin.request('DELETE', `${clusterRoleBindings}/limited-sample-objects-anywhere`);
    await admin.request('DELETE', `${clusterRoles}/sample-objects-anywhere`);
  }
});
