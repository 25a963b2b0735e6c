import { createPrivateKey, sign, type KeyObject } from 'node:crypto';
import ssh2, { type ParsedKey, type SignCallback, type SigningRequestOptions } from 'ssh2';

/** The digest each key type signs with; RSA's is the one the host chose (rsa-sha2-256/512), else SHA-1. */
const digestOf: Record<string, string | undefined> = {
  'ecdsa-sha2-nistp256': 'sha256',
  'ecdsa-sha2-nistp384': 'sha384',
  'ecdsa-sha2-nistp521': 'sha512',
  'ssh-rsa': 'sha1',
};

/**
 * cloud-private-key as an in-process agent that ssh2 asks for each login's signature. ssh2's own key
 * signs from its PEM text, which OpenSSL 3 decodes again for every signature (0.4 ms for Ed25519,
 * 0.9 ms for RSA on this machine's cores); the agent signs with a key object decoded once.
 */
export class LoginKeyAgent extends ssh2.BaseAgent<ParsedKey> {
  readonly #parsed: ParsedKey;
  readonly #key: KeyObject;

  constructor(parsed: ParsedKey) {
    super();
    this.#parsed = parsed;
    this.#key = createPrivateKey(parsed.getPrivatePEM());
  }

  getIdentities(cb: (error: Error | null, keys?: ParsedKey[]) => void): void {
    cb(null, [this.#parsed]);
  }

  sign(
    _publicKey: ParsedKey,
    data: Buffer,
    options: SigningRequestOptions | SignCallback,
    cb?: SignCallback,
  ): void {
    const callback = typeof options === 'function' ? options : cb;
    const hash = typeof options === 'function' ? undefined : options.hash;
    const digest = this.#parsed.type === 'ssh-rsa' && hash ? hash : digestOf[this.#parsed.type];
    try {
      callback?.(null, sign(digest ?? null, data, this.#key));
    } catch (error) {
      callback?.(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
