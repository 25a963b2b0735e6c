import { test } from 'node:test';
import assert from 'node:assert/strict';
import ssh2, { type ParsedKey, type SigningRequestOptions } from 'ssh2';
import { LoginKeyAgent } from './login-key-agent';

/** A fresh key pair in OpenSSH form, as ssh2 reads it: the private half and its public one. */
function keyPair(
  type: 'ed25519' | 'rsa' | 'ecdsa',
  bits?: number,
): { key: ParsedKey; publicKey: ParsedKey } {
  const pair = ssh2.utils.generateKeyPairSync(type, bits === undefined ? {} : { bits });
  const key = ssh2.utils.parseKey(pair.private);
  const publicKey = ssh2.utils.parseKey(pair.public);
  if (key instanceof Error || publicKey instanceof Error) throw new Error('ssh2 read no key');
  return { key, publicKey };
}

function signed(
  agent: LoginKeyAgent,
  key: ParsedKey,
  data: Buffer,
  hash?: SigningRequestOptions['hash'],
): Buffer {
  let signature: Buffer | undefined;
  agent.sign(key, data, hash ? { hash } : {}, (error, result) => {
    assert.ifError(error);
    signature = result;
  });
  assert.ok(signature, 'the agent answers at once');
  return signature;
}

const data = Buffer.from('session id and USERAUTH_REQUEST');

test('offers the one key it holds', () => {
  const { key } = keyPair('ed25519');
  const agent = new LoginKeyAgent(key);
  agent.getIdentities((error, keys) => {
    assert.ifError(error);
    assert.deepEqual(
      keys?.map((offered) => offered.getPublicSSH()),
      [key.getPublicSSH()],
    );
  });
});

for (const [type, bits] of [
  ['ed25519', undefined],
  ['ecdsa', 256],
  ['ecdsa', 384],
  ['ecdsa', 521],
] as const) {
  test(`an ${type}${bits ? ` P-${String(bits)}` : ''} signature is the host's to verify`, () => {
    const { key, publicKey } = keyPair(type, bits);
    const agent = new LoginKeyAgent(key);
    assert.equal(publicKey.verify(data, signed(agent, key, data)), true);
    assert.equal(publicKey.verify(Buffer.from('other data'), signed(agent, key, data)), false);
  });
}

test('an RSA signature uses the digest the host chose, SHA-1 when it chose none', () => {
  const { key, publicKey } = keyPair('rsa', 2048);
  const agent = new LoginKeyAgent(key);
  for (const hash of ['sha256', 'sha512'] as const) {
    assert.equal(publicKey.verify(data, signed(agent, key, data, hash), hash), true, hash);
  }
  assert.equal(publicKey.verify(data, signed(agent, key, data, 'sha512'), 'sha256'), false);
  assert.equal(publicKey.verify(data, signed(agent, key, data), 'sha1'), true);
});
