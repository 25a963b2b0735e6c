import { createPrivateKey } from 'node:crypto';
import ssh2, { type ParsedKey } from 'ssh2';
import { inspectPrivateKey } from '../domain/keys/inspect-private-key';
import { LoginKeyAgent } from './login-key-agent';

/**
 * cloud-private-key as ssh2 logs in with it, parsed once for all the hosts of a preflight rather than
 * once per connection, and its fingerprint for messages; never logged or returned.
 */
export interface LoginKey {
  agent: LoginKeyAgent;
  fingerprint: string;
}

/** The key ssh2 reads from `pem`, or undefined when it reads none. */
function parsedKey(pem: string): ParsedKey | undefined {
  const parsed = ssh2.utils.parseKey(pem);
  return parsed instanceof Error ? undefined : parsed;
}

/**
 * ssh2 reads OpenSSH, PKCS#1 and SEC1 keys; WMCO also takes PKCS#8, so RSA and EC keys in that form are
 * re-exported. Undefined when WMCO could not use the key either, or ssh2 cannot (a PKCS#8 Ed25519 key).
 */
export function loginKey(pem: string): LoginKey | undefined {
  const inspected = inspectPrivateKey(pem);
  if (!inspected.usable) return undefined;
  const { fingerprint } = inspected;
  const asIs = parsedKey(pem);
  if (asIs) return { agent: new LoginKeyAgent(asIs), fingerprint };
  const key = createPrivateKey(pem);
  const type =
    key.asymmetricKeyType === 'rsa' ? 'pkcs1' : key.asymmetricKeyType === 'ec' ? 'sec1' : undefined;
  const reexported = type && parsedKey(key.export({ type, format: 'pem' }).toString());
  return reexported ? { agent: new LoginKeyAgent(reexported), fingerprint } : undefined;
}
