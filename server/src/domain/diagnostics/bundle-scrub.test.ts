import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { generateSshKeyPairSync } from '../keys/ssh-key-pair';
import { bundleForm, scrubText } from './bundle-scrub';

/** Keys made for this test run, never committed: OpenSSH, PKCS#1 and PKCS#8 private keys. */
function keysOfThisRun() {
  const openssh = generateSshKeyPairSync('ed25519').private;
  const { privateKey: pkcs1 } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const { privateKey: pkcs8 } = generateKeyPairSync('ec', {
    namedCurve: 'P-256',
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return { openssh, pkcs1, pkcs8 };
}

/** A key's body lines (its base64), which must not survive scrubbing. */
const bodyLines = (pem: string) =>
  pem.split('\n').filter((line) => line && !line.startsWith('-----'));

test('private keys, bearer tokens, JWTs and the known secrets never pass; the rest does', () => {
  const token = 'sha256~Zm9vYmFyYmF6cXV4';
  const { openssh, pkcs1, pkcs8 } = keysOfThisRun();
  // A block cut short (a capped log): everything after its start goes.
  const cutShort = pkcs8.split('\n').slice(0, 2).join('\n');
  const text = [
    'kubelet log line stays',
    openssh.trim(),
    pkcs1.trim(),
    'Authorization: Bearer abcdefghijklmnop',
    'token: eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW0ifQ.c2lnbmF0dXJlLXZhbHVl',
    `oc login --token=${token}`,
    'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPublicKeysAreFine',
    cutShort,
  ].join('\n');
  const scrubbed = scrubText(text, [token]);
  assert.doesNotMatch(scrubbed, /PRIVATE KEY-----\n|abcdefghijklmnop|eyJhbGci|Zm9vYmFy/);
  for (const line of [...bodyLines(openssh), ...bodyLines(pkcs1), ...bodyLines(cutShort)])
    assert.ok(!scrubbed.includes(line), `a key line passed: ${line.slice(0, 12)}…`);
  assert.match(scrubbed, /kubelet log line stays/);
  assert.match(scrubbed, /ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPublicKeysAreFine/);
  assert.equal(scrubbed.match(/\[private key removed\]/g)?.length, 3);
  assert.equal(scrubText('short secret abc', ['abc']), 'short secret abc');
});

test('objects lose field managers and credential annotations, and keep the rest', () => {
  const node = {
    metadata: {
      name: 'n',
      managedFields: [{ manager: 'kubelet' }],
      annotations: {
        'windowsmachineconfig.openshift.io/username': 'encrypted',
        'windowsmachineconfig.openshift.io/version': '10.22.0',
      },
    },
    status: { phase: 'x' },
  };
  assert.deepEqual(bundleForm(node), {
    metadata: {
      name: 'n',
      annotations: { 'windowsmachineconfig.openshift.io/version': '10.22.0' },
    },
    status: { phase: 'x' },
  });
});
