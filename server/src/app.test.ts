import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Type from 'typebox';
import { buildApp } from './app';
import { testConfig } from '../test/test-config';

test('an API call without a bearer token is refused with 401, coded so the plugin says how to get one', async () => {
  const app = await buildApp(testConfig());
  const response = await app.inject({ method: 'GET', url: '/api/v1/whoami' });
  assert.equal(response.statusCode, 401);
  assert.deepEqual(response.json(), {
    statusCode: 401,
    error: 'Unauthorized',
    message: 'no-bearer-token',
    code: 'no-bearer-token',
    params: {},
  });
});

test('a malformed Authorization header is treated as no token', async () => {
  const app = await buildApp(testConfig());
  const response = await app.inject({
    method: 'GET',
    url: '/api/v1/whoami',
    headers: { authorization: 'Basic YWRtaW46YWRtaW4=' },
  });
  assert.equal(response.statusCode, 401);
});

test('an unreachable API server is a 503 with its code, not a stack trace', async () => {
  const app = await buildApp(testConfig());
  const response = await app.inject({
    method: 'GET',
    url: '/api/v1/whoami',
    headers: { authorization: 'Bearer some-token' },
  });
  assert.equal(response.statusCode, 503);
  assert.equal(response.json<{ code: string }>().code, 'api-server-unreachable');
  assert.doesNotMatch(response.body, /at .*\.(ts|js):\d+/);
  assert.doesNotMatch(response.body, /some-token/);
});

test('liveness answers without the API server; readiness reports it missing', async () => {
  const app = await buildApp(testConfig());
  const live = await app.inject({ method: 'GET', url: '/healthz' });
  assert.deepEqual(live.json(), { status: 'ok' });
  const ready = await app.inject({ method: 'GET', url: '/readyz' });
  assert.equal(ready.statusCode, 503);
  assert.match(ready.json<{ detail: string }>().detail, /unreachable/);
});

test('the OpenAPI document lists every route with its schemas', async () => {
  const app = await buildApp(testConfig());
  const response = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
  assert.equal(response.statusCode, 200);
  const document = response.json<{ openapi: string; paths: Record<string, unknown> }>();
  assert.match(document.openapi, /^3\./);
  for (const route of ['/healthz', '/readyz', '/api/v1/whoami']) {
    assert.ok(route in document.paths, `${route} missing from the OpenAPI document`);
  }
});

test('schema validation failures name the field', async () => {
  const app = await buildApp(testConfig());
  app.post(
    '/probe',
    { schema: { body: Type.Object({ replicas: Type.Integer({ minimum: 0 }) }) } },
    async () => ({}),
  );
  const wrongType = await app.inject({
    method: 'POST',
    url: '/probe',
    payload: { replicas: 'two' },
  });
  assert.equal(wrongType.statusCode, 400);
  assert.equal(wrongType.json<{ field: string }>().field, 'body.replicas');
  const missing = await app.inject({ method: 'POST', url: '/probe', payload: {} });
  assert.equal(missing.json<{ field: string }>().field, 'body.replicas');
  assert.deepEqual(missing.json<{ params: object }>().params, {
    field: 'body.replicas',
    detail: "must have required property 'replicas'",
  });
  assert.equal(missing.json<{ code: string }>().code, 'invalid-request');
});

test('unknown paths are a JSON 404', async () => {
  const app = await buildApp(testConfig());
  const response = await app.inject({ method: 'GET', url: '/api/v1/nothing-here?x=1' });
  assert.equal(response.statusCode, 404);
  assert.deepEqual(response.json<{ code: string; params: object }>().params, {
    method: 'GET',
    path: '/api/v1/nothing-here',
  });
  assert.equal(response.json<{ code: string }>().code, 'no-such-route');
});

test('plugin assets: the build of the console line; the manifest is always revalidated, hashed bundles are cached for good', async () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'dist-'));
  for (const build of ['console-4.22', 'console-4.19']) {
    mkdirSync(path.join(dist, build));
    writeFileSync(path.join(dist, build, 'plugin-manifest.json'), JSON.stringify({ build }));
    writeFileSync(path.join(dist, build, 'plugin-entry.5039843a22ed970b8ff9.min.js'), 'void 0;');
  }
  const app = await buildApp(
    testConfig({ pluginDistDir: dist, consoleVersion: { openshiftVersion: '4.21.2' } }),
  );

  const manifest = await app.inject({ method: 'GET', url: '/plugin-manifest.json' });
  assert.equal(manifest.statusCode, 200);
  assert.match(String(manifest.headers['content-type']), /^application\/json/);
  assert.equal(manifest.headers['cache-control'], 'no-cache');
  assert.deepEqual(manifest.json(), { build: 'console-4.19' });

  const entry = await app.inject({
    method: 'GET',
    url: '/plugin-entry.5039843a22ed970b8ff9.min.js?cacheBuster=42',
  });
  assert.equal(entry.statusCode, 200);
  assert.match(String(entry.headers['content-type']), /javascript/);
  assert.equal(entry.headers['cache-control'], 'public, max-age=31536000, immutable');

  const outside = await app.inject({ method: 'GET', url: '/../console-4.22/plugin-manifest.json' });
  assert.equal(outside.statusCode, 404);
});
