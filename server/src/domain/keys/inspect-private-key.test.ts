import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
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

test('PKCS#8 keys, which WMCO also reads, are understood: Ed25519, RSA and ECDSA', () => {
  const ed = generateKeyPairSync('ed25519');
  const edResult = inspectPrivateKey(ed.privateKey.export({ type: 'pkcs8', format: 'pem' }));
  assert.ok(edResult.usable);
  assert.equal(edResult.keyType, 'ssh-ed25519');
  const raw = Buffer.from(ed.publicKey.export({ format: 'jwk' }).x ?? '', 'base64url');
  assert.ok(
    Buffer.from(edResult.publicKey.split(' ')[1] ?? '', 'base64')
      .subarray(-32)
      .equals(raw),
  );

  const rsa = generateKeyPairSync('rsa', { modulusLength: 3072 });
  const rsaResult = inspectPrivateKey(rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }));
  assert.ok(rsaResult.usable);
  assert.equal(rsaResult.bits, 3072);

  const ec = generateKeyPairSync('ec', { namedCurve: 'P-384' });
  const ecResult = inspectPrivateKey(ec.privateKey.export({ type: 'pkcs8', format: 'pem' }));
  assert.ok(ecResult.usable);
  assert.equal(ecResult.keyType, 'ecdsa-sha2-nistp384');
});

test('an encrypted PKCS#8 key is refused as encrypted', () => {
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({
    type: 'pkcs8',
    format: 'pem',
    cipher: 'aes-256-cbc',
    passphrase: 'a-passphrase',
  });
  assert.deepEqual(inspectPrivateKey(pem), { usable: false, problem: 'encrypted' });
});
