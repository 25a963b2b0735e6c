import type { KeyChoice } from '../../../contract/install';
import { inspectPrivateKey, type UsablePrivateKey } from './inspect-private-key';
import { generateSshKeyPair } from './ssh-key-pair';

export interface KeyMaterial {
  /** The private key to store; it never leaves the BFF in a response. */
  privateKeyPem: string;
  info: UsablePrivateKey;
}

const keyProblemMessages = {
  unparseable: 'is not a private key in PEM or OpenSSH format',
  encrypted: 'is protected by a passphrase; WMCO needs an unencrypted key',
  'weak-rsa': 'is an RSA key shorter than 2048 bits',
} as const;

/**
 * The key a wizard asked for: generated here (never in the browser) or uploaded and checked.
 * `keep` has no material of its own; an unusable upload comes back as the sentence that says why.
 */
export async function keyMaterial(
  choice: KeyChoice,
): Promise<KeyMaterial | { problem: string } | undefined> {
  if (choice.mode === 'keep') return undefined;
  const privateKeyPem =
    choice.mode === 'generate'
      ? (await generateSshKeyPair(choice.type)).private
      : choice.privateKey;
  const info = inspectPrivateKey(privateKeyPem);
  if (!info.usable) {
    const bits = info.bits ? ` (${String(info.bits)} bits)` : '';
    return { problem: `The private key ${keyProblemMessages[info.problem]}${bits}.` };
  }
  return { privateKeyPem, info };
}
