import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  startLocalCluster,
  type LocalCluster,
} from '../../integration-tests/cluster/local-cluster';
import { buildApp, type BffApp } from '../src/app';
import { testConfig } from './test-config';

let cluster: LocalCluster;
let app: BffApp;

before(async () => {
  cluster = await startLocalCluster({});
  app = await buildApp(testConfig({ cluster: { server: cluster.server, caPem: cluster.caData } }));
});

after(async () => {
  await app.close();
  await cluster.stop();
});

function whoami(token?: string) {
  return app.inject({
    method: 'GET',
    url: '/api/v1/whoami',
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

test('each caller is answered with their own identity, as the real API server sees their token', async () => {
  const admin = await whoami(cluster.tokens.admin);
  const limited = await whoami(cluster.tokens.limited);
  assert.equal(admin.statusCode, 200);
  assert.equal(limited.statusCode, 200);
  const adminIdentity = admin.json<{ username: string; groups: string[] }>();
  const limitedIdentity = limited.json<{ username: string; groups: string[] }>();
  assert.equal(adminIdentity.username, cluster.users.admin);
  assert.equal(limitedIdentity.username, cluster.users.limited);
  assert.ok(adminIdentity.groups.includes('system:masters'));
  assert.ok(!limitedIdentity.groups.includes('system:masters'));
  assert.ok(limitedIdentity.groups.includes('system:authenticated'));
});

test('no token is a 401 coded so the plugin says how to get one, and never reaches the API server as anyone', async () => {
  const response = await whoami();
  assert.equal(response.statusCode, 401);
  assert.equal(response.json<{ code: string }>().code, 'no-bearer-token');
});

test('a token the API server does not know is a 401 asking to log in again', async () => {
  const response = await whoami('not-a-real-token');
  assert.equal(response.statusCode, 401);
  assert.equal(response.json<{ code: string }>().code, 'token-rejected');
  assert.doesNotMatch(response.body, /not-a-real-token/);
});

test('readiness follows the API server', async () => {
  const ready = await app.inject({ method: 'GET', url: '/readyz' });
  assert.equal(ready.statusCode, 200);
  assert.deepEqual(ready.json(), { status: 'ok' });
});
