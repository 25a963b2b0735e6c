import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mayFollow, registryEndpoint } from './registry-endpoint';
import { RegistryFailure } from './registry-failure';

test("docker.io's API is registry-1.docker.io; every registry over https", () => {
  assert.equal(registryEndpoint('docker.io', false).origin, 'https://registry-1.docker.io');
  assert.equal(registryEndpoint('index.docker.io', false).registry, 'docker.io');
  assert.equal(registryEndpoint('quay.io', true).origin, 'https://quay.io');
  assert.equal(registryEndpoint('r.example.com:5000', false).origin, 'https://r.example.com:5000');
});

test('a loopback registry is read over plain http only when allowed, else refused', () => {
  assert.equal(registryEndpoint('127.0.0.1:5000', true).origin, 'http://127.0.0.1:5000');
  assert.equal(registryEndpoint('localhost:5000', true).origin, 'http://localhost:5000');
  assert.throws(
    () => registryEndpoint('127.3.4.5:5000', false),
    (error) => error instanceof RegistryFailure && error.code === 'loopback-registry',
  );
  assert.throws(
    () => registryEndpoint('bad host/x', false),
    (error) => error instanceof RegistryFailure && error.code === 'invalid-reference',
  );
});

test('redirects and token realms: https anywhere, http only to loopback when allowed', () => {
  assert.ok(mayFollow(new URL('https://cdn.example.com/blob'), false));
  assert.ok(!mayFollow(new URL('http://cdn.example.com/blob'), true));
  assert.ok(mayFollow(new URL('http://127.0.0.1:4000/token'), true));
  assert.ok(!mayFollow(new URL('http://127.0.0.1:4000/token'), false));
  assert.ok(!mayFollow(new URL('file:///etc/passwd'), true));
});
