import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundleForm, scrubText } from './bundle-scrub';

test('private keys, bearer tokens, JWTs and the known secrets never pass; the rest does', () => {
  const token = 'sha256~Zm9vYmFyYmF6cXV4';
  const text = [
    'kubelet log line stays',
    '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAA\n-----END OPENSSH PRIVATE KEY-----',
    '-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----',
    'Authorization: Bearer abcdefghijklmnop',
    'token: eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW0ifQ.c2lnbmF0dXJlLXZhbHVl',
    `oc login --token=${token}`,
    'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPublicKeysAreFine',
    // A block cut short (a capped log): everything after its start goes.
    '-----BEGIN PRIVATE KEY-----\ncut short',
  ].join('\n');
  const scrubbed = scrubText(text, [token]);
  assert.doesNotMatch(
    scrubbed,
    /PRIVATE KEY-----\n|b3BlbnNzaC|MIIEow|cut short|abcdefghijklmnop|eyJhbGci|Zm9vYmFy/,
  );
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
