import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { KubeClient } from '../../integration-tests/cluster/kube-client';
import {
  startLocalCluster,
  type LocalCluster,
} from '../../integration-tests/cluster/local-cluster';
import { resources } from '../../integration-tests/cluster/resources';
import { buildApp, type BffApp } from '../src/app';
import {
  malformedRequests,
  operationsOf,
  plausible,
  plausiblePath,
  type Operation,
} from './malformed-requests';
import { testConfig } from './test-config';

let cluster: LocalCluster;
let app: BffApp;
let admin: KubeClient;
let operations: Operation[];

const stackTrace = /\bat [^\s]+ \(?[^)]*\.(ts|js|mjs):\d+/;

before(async () => {
  cluster = await startLocalCluster({ scenario: 'aws-fresh' });
  app = await buildApp(testConfig({ cluster: { server: cluster.server, caPem: cluster.caData } }));
  admin = new KubeClient({
    server: cluster.server,
    caData: cluster.caData,
    token: cluster.tokens.admin,
  });
  const document = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json<
    Parameters<typeof operationsOf>[0]
  >();
  operations = operationsOf(document).filter(
    (operation) =>
      operation.path.startsWith('/api/v1/') && operation.path !== '/api/v1/openapi.json',
  );
});

after(async () => {
  admin.close();
  await app.close();
  await cluster.stop();
});

test('schema-driven fuzzing: ≥ 1,000 malformed requests, no 5xx, no stack trace, no token echoed', async () => {
  const requests = operations.flatMap(malformedRequests);
  let serverErrors = 0;
  let traces = 0;
  let echoed = 0;
  const failures: string[] = [];
  for (const request of requests) {
    const response = await app.inject({
      method: request.method as 'GET',
      url: request.url,
      payload: request.payload,
      headers: {
        authorization: `Bearer ${cluster.tokens.admin}`,
        'content-type': request.contentType,
      },
    });
    if (response.statusCode >= 500) {
      serverErrors += 1;
      failures.push(
        `${request.method} ${request.url.slice(0, 80)} → ${String(response.statusCode)} ${response.body.slice(0, 200)}`,
      );
    }
    if (stackTrace.test(response.body)) traces += 1;
    if (response.body.includes(cluster.tokens.admin)) echoed += 1;
  }
  console.log(
    `abuse: ${String(requests.length)} malformed requests over ${String(operations.length)} routes, 5xx = ${String(serverErrors)}, stack traces = ${String(traces)}, tokens echoed = ${String(echoed)}`,
  );
  assert.ok(requests.length >= 1000, `only ${String(requests.length)} requests`);
  assert.deepEqual(failures, []);
  assert.equal(traces, 0);
  assert.equal(echoed, 0);
  assert.equal(
    ({} as Record<string, unknown>).polluted,
    undefined,
    'Object.prototype was polluted',
  );
});

test('no token, a malformed header, a bad or unknown token: 401 on every API route', async () => {
  const headers = [
    {},
    { authorization: 'Bearer' },
    { authorization: 'Basic YWRtaW46YWRtaW4=' },
    { authorization: 'Bearer not-a-real-token' },
  ];
  const paths = operations.map((operation) => ({
    method: operation.method,
    url: operation.path.replace(/\{[^}]+\}/g, 'a'),
  }));
  for (const { method, url } of [...paths, { method: 'GET', url: '/api/v1/overview/events' }]) {
    for (const header of headers) {
      const response = await app.inject({
        method: method as 'GET',
        url,
        headers: header,
        payload: method === 'GET' ? undefined : {},
      });
      // An unknown token gets as far as the API server, which refuses it; a missing one never leaves the BFF.
      assert.equal(
        response.statusCode,
        401,
        `${method} ${url} with ${JSON.stringify(header)}: ${response.body}`,
      );
    }
  }
});

async function clusterCounts(): Promise<Record<string, number>> {
  const kinds = {
    namespaces: resources.namespaces,
    secrets: resources.secrets,
    configMaps: resources.configMaps,
    subscriptions: resources.subscriptions,
    operatorGroups: resources.operatorGroups,
    machineSets: resources.machineSets,
    machines: resources.machines,
    nodes: resources.nodes,
  };
  const counts = await Promise.all(
    Object.entries(kinds).map(
      async ([name, kind]) => [name, (await admin.list(kind)).length] as const,
    ),
  );
  return Object.fromEntries(counts);
}

test('the limited user is refused by RBAC on every mutating route, and nothing is created', async () => {
  const before = await clusterCounts();
  // POSTs that only compute (previews, checks) change nothing; everything else writes to the cluster.
  const mutating = operations.filter(
    (operation) => operation.method !== 'GET' && !/\/(preview|check)$/.test(operation.path),
  );
  const outcomes: Record<string, string[]> = {};
  for (const operation of mutating) {
    const response = await app.inject({
      method: operation.method as 'POST',
      url: plausiblePath(operation),
      payload:
        operation.method === 'DELETE' || !operation.body
          ? undefined
          : (plausible(operation.body) as object),
      headers: { authorization: `Bearer ${cluster.tokens.limited}` },
    });
    const status = String(response.statusCode);
    const { code, params } = response.json<{ code: string; params: object }>();
    const reason = response.statusCode === 403 ? '' : ` (${code} ${JSON.stringify(params)})`;
    (outcomes[status] ??= []).push(`${operation.method} ${operation.path}${reason}`);
    assert.ok(
      response.statusCode >= 400,
      `${operation.method} ${operation.path} succeeded for the limited user: ${response.body}`,
    );
  }
  console.log(
    `limited user on ${String(mutating.length)} mutating routes: ${JSON.stringify(outcomes)}`,
  );
  assert.deepEqual(Object.keys(outcomes), ['403'], 'every mutating route is refused by RBAC');
  assert.deepEqual(await clusterCounts(), before);
});

/** A BFF of its own, so earlier tests' requests do not count against its rate limits. */
async function freshApp(): Promise<BffApp> {
  return buildApp(testConfig({ cluster: { server: cluster.server, caPem: cluster.caData } }));
}

test('a request body over 1 MB is refused with 413', async () => {
  const app = await freshApp();
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/install',
    payload: JSON.stringify({ junk: 'x'.repeat(2 * 1024 * 1024) }),
    headers: {
      authorization: `Bearer ${cluster.tokens.admin}`,
      'content-type': 'application/json',
    },
  });
  assert.equal(response.statusCode, 413);
  await app.close();
});

test('expensive routes are rate-limited per user, and one user’s limit does not stop another', async () => {
  const app = await freshApp();
  const statuses: number[] = [];
  for (let attempt = 0; attempt < 25; attempt += 1) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/install',
      payload: {},
      headers: { authorization: `Bearer ${cluster.tokens.limited}` },
    });
    statuses.push(response.statusCode);
  }
  assert.ok(statuses.includes(429), statuses.join(','));
  const limited = await app.inject({
    method: 'POST',
    url: '/api/v1/install',
    payload: {},
    headers: { authorization: `Bearer ${cluster.tokens.limited}` },
  });
  const { code, params } = limited.json<{ code: string; params: object }>();
  assert.deepEqual([code, params], ['too-many-requests', { max: 20, window: '1 minute' }]);
  const other = await app.inject({
    method: 'POST',
    url: '/api/v1/install',
    payload: {},
    headers: { authorization: `Bearer ${cluster.tokens.admin}` },
  });
  assert.equal(other.statusCode, 400, 'another user is not limited');
  await app.close();
});
