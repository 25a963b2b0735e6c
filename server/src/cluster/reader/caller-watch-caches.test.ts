import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KubeConfig } from '@kubernetes/client-node';
import { CallerWatchCaches } from './caller-watch-caches';

function caller(token: string): KubeConfig {
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromOptions({
    clusters: [{ name: 'c', server: 'https://127.0.0.1:1' }],
    users: [{ name: 'u', token }],
    contexts: [{ name: 'x', cluster: 'c', user: 'u' }],
    currentContext: 'x',
  });
  return kubeConfig;
}

test('one cache per token, named by a hash and never by the token', async () => {
  const caches = new CallerWatchCaches({ kinds: [] });
  const first = caches.of(caller('token-a'));
  assert.equal(caches.of(caller('token-a')).cache, first.cache);
  assert.notEqual(caches.of(caller('token-b')).cache, first.cache);
  assert.match(first.key, /^[0-9a-f]{64}$/);
  assert.ok(!first.key.includes('token-a'));
  assert.equal(caches.size, 2);
  await caches.stop();
  assert.equal(caches.size, 0);
});

test('beyond the limit, the caller idle longest loses their cache', async () => {
  const caches = new CallerWatchCaches({ kinds: [], maxCallers: 2 });
  const a = caches.of(caller('a')).cache;
  caches.of(caller('b'));
  caches.of(caller('a'));
  caches.of(caller('c'));
  assert.equal(caches.size, 2);
  assert.equal(caches.of(caller('a')).cache, a, 'a read more recently than b');
  assert.equal(caches.size, 2);
  await caches.stop();
});

test('a caller idle for longer than idleMs loses their cache', async () => {
  const caches = new CallerWatchCaches({ kinds: [], idleMs: 40 });
  const first = caches.of(caller('a')).cache;
  await new Promise((resolve) => setTimeout(resolve, 120));
  assert.equal(caches.size, 0);
  assert.notEqual(caches.of(caller('a')).cache, first);
  await caches.stop();
});
