import { test } from 'node:test';
import assert from 'node:assert/strict';
import ssh2 from 'ssh2';
import { generateSshKeyPair, generateSshKeyPairSync } from './ssh-key-pair';

// ssh2 alone writes about 8 unreadable Ed25519 keys in 2,000.
test('every one of 2,000 generated Ed25519 keys parses back, with its public half', () => {
  for (let index = 0; index < 2000; index += 1) {
    const keys = generateSshKeyPairSync('ed25519');
    const parsed = ssh2.utils.parseKey(keys.private);
    assert.ok(!(parsed instanceof Error), keys.private);
    assert.equal(`${parsed.type} ${parsed.getPublicSSH().toString('base64')}`, keys.public.trim());
  }
});

test('the asynchronous generator makes readable ECDSA keys too', async () => {
  const keys = await generateSshKeyPair('ecdsa');
  assert.equal(ssh2.utils.parseKey(keys.private) instanceof Error, false);
  assert.match(keys.public, /^ecdsa-sha2-nistp256 /);
});
