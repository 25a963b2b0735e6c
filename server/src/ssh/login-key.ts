import { createPrivateKey } from 'node:crypto';
import ssh2 from 'ssh2';
import { inspectPrivateKey } from '../domain/keys/inspect-private-key';

/** cloud-private-key in a form ssh2 signs with, and its fingerprint for messages; never logged or returned. */
export interface LoginKey {
  pem: string;
  fingerprint: string;
}

/**
 * ssh2 reads OpenSSH, PKCS#1 and SEC1 keys; WMCO also takes PKCS#8, so RSA and EC keys in that form are
 * re-exported. Undefined when WMCO could not use the key either, or ssh2 cannot (a PKCS#8 Ed25519 key).
 */
export function loginKey(pem: string): LoginKey | undefined {
  const inspected = inspectPrivateKey(pem);
  if (!inspected.usable) return undefined;
  if (!(ssh2.utils.parseKey(pem) instanceof Error))
    return { pem, fingerprint: inspected.fingerprint };
  const key = createPrivateKey(pem);
  const type =
    key.asymmetricKeyType === 'rsa' ? 'pkcs1' : key.asymmetricKeyType === 'ec' ? 'sec1' : undefined;
  return type
    ? { pem: key.export({ type, format: 'pem' }).toString(), fingerprint: inspected.fingerprint }
    : undefined;
}
