import { createHash } from 'node:crypto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateSshKeyPairSync } from '../domain/keys/ssh-key-pair';
import { wmcoNames } from '../domain/wmco-names';
import { secretFacts } from './secret-facts';

const metadata = (name: string) => ({
  name,
  namespace: 'ns',
  uid: 'u-1',
  resourceVersion: '7',
  labels: { a: 'b' },
});
const encoded = (text: string) => Buffer.from(text).toString('base64');

test('cloud-private-key keeps what the overview judges of the key, its WMCO hash, and none of the key', () => {
  const pair = generateSshKeyPairSync('ed25519');
  const pem = pair.private;
  // WMCO's pub-key-hash: SHA-256 of the authorized_keys line without its comment.
  const authorizedKey = pair.public.split(' ').slice(0, 2).join(' ');
  const facts = secretFacts({
    metadata: metadata(wmcoNames.privateKeySecret),
    data: { [wmcoNames.privateKeyField]: encoded(pem) },
  });
  assert.deepEqual(facts, {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: {
      name: wmcoNames.privateKeySecret,
      namespace: 'ns',
      uid: 'u-1',
      resourceVersion: '7',
    },
    keyFacts: { present: true, keyType: 'ssh-ed25519', bits: undefined },
    pubKeyHash: createHash('sha256').update(authorizedKey).digest('hex'),
  });
  const kept = JSON.stringify(facts);
  assert.doesNotMatch(kept, /PRIVATE KEY|"data"/);
  assert.ok(!kept.includes(encoded(pem).slice(0, 40)));
});

test('a key that cannot be used is judged, a missing field is named', () => {
  const unusable = secretFacts({
    metadata: metadata(wmcoNames.privateKeySecret),
    data: { [wmcoNames.privateKeyField]: encoded('not a key') },
  }).keyFacts;
  assert.equal(unusable?.present, true);
  assert.notEqual(unusable?.problem, undefined);
  assert.deepEqual(secretFacts({ metadata: metadata(wmcoNames.privateKeySecret) }).keyFacts, {
    present: true,
    problem: 'missing-field',
  });
});

test('any other Secret keeps its identity only', () => {
  const facts = secretFacts({
    metadata: metadata(wmcoNames.userDataSecret),
    data: { userData: encoded('<powershell>secret</powershell>') },
  });
  assert.deepEqual(facts, {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: wmcoNames.userDataSecret, namespace: 'ns', uid: 'u-1', resourceVersion: '7' },
  });
});
