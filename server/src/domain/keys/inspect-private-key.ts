import { createHash, createPublicKey } from 'node:crypto';
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
export function inspectPrivateKey(pem: string | Buffer): UsablePrivateKey | UnusablePrivateKey {
  const parsed = ssh2.utils.parseKey(pem);
  if (parsed instanceof Error) {
    return {
      usable: false,
      problem: /encrypted|passphrase/i.test(parsed.message) ? 'encrypted' : 'unparseable',
    };
  }
  // Some formats hold several keys; WMCO uses the first.
  const key: ParsedKey | undefined = Array.isArray(parsed) ? (parsed as ParsedKey[])[0] : parsed;
  if (!key?.isPrivateKey()) return { usable: false, problem: 'unparseable' };
  const keyType = key.type;
  const bits =
    keyType === 'ssh-rsa'
      ? createPublicKey(key.getPublicPEM()).asymmetricKeyDetails?.modulusLength
      : undefined;
  if (bits !== undefined && bits < minimumRsaBits)
    return { usable: false, problem: 'weak-rsa', keyType, bits };
  const blob = key.getPublicSSH();
  return {
    usable: true,
    keyType,
    bits,
    publicKey: `${keyType} ${blob.toString('base64')}`,
    fingerprint: `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`,
  };
}
