// Logging in to Debian's sshd with every form of cloud-private-key WMCO takes: RSA in OpenSSH, PKCS#1 and
// PKCS#8 form (OpenSSH picks rsa-sha2-512 for it), ECDSA and Ed25519; the BFF's agent signs each login.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomLoopbackBlock } from '../../integration-tests/ssh-peers/loopback-block';
import { startSshd, type SshdPeer } from '../../integration-tests/ssh-peers/sshd-peer';
import {
  ensureWindowsAccount,
  windowsAccount,
} from '../../integration-tests/ssh-peers/windows-account';
import { inspectPrivateKey } from '../src/domain/keys/inspect-private-key';
import { generateSshKeyPair } from '../src/domain/keys/ssh-key-pair';
import { defaultByohSettings } from '../src/ssh/byoh-settings';
import { loginKey } from '../src/ssh/login-key';
import { openSession } from '../src/ssh/ssh-session';

const port = 10022;
const address = randomLoopbackBlock().address(1);
const dir = mkdtempSync(path.join(tmpdir(), 'login-key-types-'));
// sshd reads authorized_keys as the Windows account.
chmodSync(dir, 0o755);

function nodeRsaPem(type: 'pkcs1' | 'pkcs8'): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return privateKey.export({ type, format: 'pem' }).toString();
}

const keys: Record<string, string> = {
  'RSA, OpenSSH form': (await generateSshKeyPair('rsa')).private,
  'RSA, PKCS#1 PEM': nodeRsaPem('pkcs1'),
  'RSA, PKCS#8 PEM': nodeRsaPem('pkcs8'),
  'ECDSA P-256': (await generateSshKeyPair('ecdsa')).private,
  Ed25519: (await generateSshKeyPair('ed25519')).private,
};
const notAuthorized = (await generateSshKeyPair('ed25519')).private;

function publicKeyOf(pem: string): string {
  const inspected = inspectPrivateKey(pem);
  if (!inspected.usable) throw new Error(`unusable test key: ${inspected.problem}`);
  return inspected.publicKey;
}

let sshd: SshdPeer | undefined;

before(async () => {
  ensureWindowsAccount();
  sshd = await startSshd({
    dir,
    address,
    port,
    authorizedKey: Object.values(keys).map(publicKeyOf).join('\n'),
    // No command runs: sessions only log in.
    env: { LANG: 'C.UTF-8' },
  });
});

after(async () => {
  await sshd?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function logIn(pem: string) {
  const key = loginKey(pem);
  assert.ok(key, 'the BFF reads the key');
  return openSession({
    host: address,
    port,
    username: windowsAccount,
    key,
    timing: defaultByohSettings,
  });
}

for (const [form, pem] of Object.entries(keys)) {
  test(`logs in with ${form}`, async () => {
    const outcome = await logIn(pem);
    if (outcome.kind === 'connected') outcome.session.close();
    assert.equal(outcome.kind, 'connected');
  });
}

test('a key the host does not authorize is rejected, not taken for a broken host', async () => {
  const outcome = await logIn(notAuthorized);
  assert.equal(outcome.kind, 'rejected');
});
