import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inspectPrivateKey } from './inspect-private-key';

/** Test keys are made here, by OpenSSH's own ssh-keygen, and never stored. */
function generate(args: string[]): { privateKey: string; publicKey: string; fingerprint: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'key-'));
  try {
    const file = path.join(dir, 'key');
    execFileSync('ssh-keygen', ['-q', '-f', file, '-C', '', ...args]);
    const fingerprint =
      execFileSync('ssh-keygen', ['-l', '-E', 'sha256', '-f', `${file}.pub`], {
        encoding: 'utf8',
      }).split(' ')[1] ?? '';
    return {
      privateKey: readFileSync(file, 'utf8'),
      publicKey: readFileSync(`${file}.pub`, 'utf8').trim(),
      fingerprint,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('an Ed25519 key is usable; its public key and fingerprint match ssh-keygen', () => {
  const key = generate(['-t', 'ed25519', '-N', '']);
  const result = inspectPrivateKey(key.privateKey);
  assert.ok(result.usable);
  assert.equal(result.keyType, 'ssh-ed25519');
  assert.equal(result.publicKey, key.publicKey);
  assert.equal(result.fingerprint, key.fingerprint);
});

test('an RSA 4096 PEM key is usable and reports its size', () => {
  const result = inspectPrivateKey(
    generate(['-t', 'rsa', '-b', '4096', '-m', 'PEM', '-N', '']).privateKey,
  );
  assert.ok(result.usable);
  assert.equal(result.bits, 4096);
});

test('an ECDSA key is usable', () => {
  const result = inspectPrivateKey(generate(['-t', 'ecdsa', '-N', '']).privateKey);
  assert.ok(result.usable);
  assert.equal(result.keyType, 'ecdsa-sha2-nistp256');
});

test('RSA below 2048 bits is refused with its size', () => {
  assert.deepEqual(
    inspectPrivateKey(generate(['-t', 'rsa', '-b', '1024', '-m', 'PEM', '-N', '']).privateKey),
    {
      usable: false,
      problem: 'weak-rsa',
      keyType: 'ssh-rsa',
      bits: 1024,
    },
  );
});

test('a passphrase-protected key is refused as encrypted', () => {
  const result = inspectPrivateKey(generate(['-t', 'ed25519', '-N', 'a-passphrase']).privateKey);
  assert.deepEqual(result, { usable: false, problem: 'encrypted' });
});

test('garbage and public keys are unparseable', () => {
  assert.deepEqual(inspectPrivateKey('not a key'), { usable: false, problem: 'unparseable' });
  assert.deepEqual(inspectPrivateKey(generate(['-t', 'ed25519', '-N', '']).publicKey), {
    usable: false,
    problem: 'unparseable',
  });
});
