import ssh2 from 'ssh2';

export interface SshKeyPair {
  private: string;
  public: string;
}

export type SshKeyType = 'ed25519' | 'rsa' | 'ecdsa';

/** RSA at the guide's strength; ECDSA on P-256. */
const options = { rsa: { bits: 4096 }, ecdsa: { bits: 256 }, ed25519: {} } as const;
const attempts = 8;

/**
 * ssh2 drops the leading zero byte of an Ed25519 key it writes (about 1 key in 256), and no parser,
 * its own included, reads such a key back; a key that does not parse is made again.
 */
function readable(keys: SshKeyPair): boolean {
  return !(ssh2.utils.parseKey(keys.private) instanceof Error);
}

function unreadable(type: SshKeyType): Error {
  return new Error(`ssh2 made ${String(attempts)} unreadable ${type} keys in a row`);
}

export async function generateSshKeyPair(type: SshKeyType): Promise<SshKeyPair> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const keys = await new Promise<SshKeyPair>((resolve, reject) => {
      ssh2.utils.generateKeyPair(type, options[type], (error, generated) => {
        if (error) reject(error);
        else resolve(generated);
      });
    });
    if (readable(keys)) return keys;
  }
  throw unreadable(type);
}

/** The same, synchronously: for tests and seeds. */
export function generateSshKeyPairSync(type: SshKeyType): SshKeyPair {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const keys = ssh2.utils.generateKeyPairSync(type, options[type]);
    if (readable(keys)) return keys;
  }
  throw unreadable(type);
}
