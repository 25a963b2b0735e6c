import { createHash, createPrivateKey, type KeyObject } from 'node:crypto';
import ssh2, { type ParsedKey } from 'ssh2';
import type { PrivateKeyProblem } from '../overview/cluster-snapshot';

export interface UsablePrivateKey {
  usable: true;
  /** SSH key type, e.g. `ssh-ed25519`, `ssh-rsa`, `ecdsa-sha2-nistp256`. */
  keyType: string;
  /** RSA modulus length; undefined for key types with a fixed size. */
  bits?: number;
  /** The public half in `authorized_keys` form, for golden images and BYOH hosts. */
  publicKey: string;
  /** `SHA256:<base64>`, as `ssh-keygen -l` prints it. */
  fingerprint: string;
}

export interface UnusablePrivateKey {
  usable: false;
  problem: Exclude<PrivateKeyProblem, 'missing-field'>;
  keyType?: string;
  bits?: number;
}

const minimumRsaBits = 2048;

/**
 * Judges a private key the way WMCO will read it: unencrypted PEM or OpenSSH, RSA of at least 2048 bits,
 * ECDSA or Ed25519. Only facts about the key leave this function, never the key.
 */
/** The SSH wire encoding of a string: a 4-byte big-endian length, then the bytes. */
function sshString(bytes: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

/**
 * ssh2 reads OpenSSH and PKCS#1/SEC1 PEM but not PKCS#8, which WMCO (Go's x/crypto/ssh) also accepts:
 * re-encode PKCS#8 keys through Node's crypto into a form ssh2 reads, or (Ed25519, which has no other
 * PEM form) build the public key blob directly.
 */
function fromPkcs8(
  key: KeyObject,
): ParsedKey | { type: string; getPublicSSH(): Buffer } | undefined {
  if (key.asymmetricKeyType === 'rsa') {
    const reparsed = ssh2.utils.parseKey(key.export({ type: 'pkcs1', format: 'pem' }));
    return reparsed instanceof Error ? undefined : reparsed;
  }
  if (key.asymmetricKeyType === 'ec') {
    const reparsed = ssh2.utils.parseKey(key.export({ type: 'sec1', format: 'pem' }));
    return reparsed instanceof Error ? undefined : reparsed;
  }
  if (key.asymmetricKeyType === 'ed25519') {
    const { x } = key.export({ format: 'jwk' });
    if (!x) return undefined;
    const blob = Buffer.concat([
      sshString(Buffer.from('ssh-ed25519')),
      sshString(Buffer.from(x, 'base64url')),
    ]);
    return { type: 'ssh-ed25519', getPublicSSH: () => blob };
  }
  return undefined;
}

function parse(
  pem: string | Buffer,
): ParsedKey | { type: string; getPublicSSH(): Buffer } | 'encrypted' | undefined {
  const parsed = ssh2.utils.parseKey(pem);
  if (!(parsed instanceof Error)) {
    // Some formats hold several keys; WMCO uses the first.
    const key: ParsedKey | undefined = Array.isArray(parsed) ? (parsed as ParsedKey[])[0] : parsed;
    return key?.isPrivateKey() ? key : undefined;
  }
  // PKCS#8 and legacy PEM mark encryption in their armour; OpenSSH keys are detected by ssh2.
  if (
    /encrypted|passphrase/i.test(parsed.message) ||
    /ENCRYPTED PRIVATE KEY|Proc-Type: 4,ENCRYPTED/.test(String(pem))
  ) {
    return 'encrypted';
  }
  try {
    return fromPkcs8(createPrivateKey(pem));
  } catch {
    return undefined;
  }
}

/**
 * Judges a private key the way WMCO will read it: unencrypted PEM or OpenSSH, RSA of at least 2048 bits,
 * ECDSA or Ed25519. Only facts about the key leave this function, never the key.
 */
export function inspectPrivateKey(pem: string | Buffer): UsablePrivateKey | UnusablePrivateKey {
  const key = parse(pem);
  if (key === 'encrypted') return { usable: false, problem: 'encrypted' };
  if (!key) return { usable: false, problem: 'unparseable' };
  const keyType = key.type;
  const blob = key.getPublicSSH();
  const bits = keyType === 'ssh-rsa' ? rsaModulusBits(blob) : undefined;
  if (bits !== undefined && bits < minimumRsaBits)
    return { usable: false, problem: 'weak-rsa', keyType, bits };
  return {
    usable: true,
    keyType,
    bits,
    publicKey: `${keyType} ${blob.toString('base64')}`,
    fingerprint: `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`,
  };
}

/** Modulus size of an `ssh-rsa` public key blob (string type, mpint e, mpint n). */
function rsaModulusBits(blob: Buffer): number {
  let offset = 0;
  const next = () => {
    const length = blob.readUInt32BE(offset);
    const value = blob.subarray(offset + 4, offset + 4 + length);
    offset += 4 + length;
    return value;
  };
  next();
  next();
  const modulus = next();
  const significant = modulus[0] === 0 ? modulus.subarray(1) : modulus;
  return significant.length * 8 - Math.clz32(significant[0] ?? 0) + 24;
}
