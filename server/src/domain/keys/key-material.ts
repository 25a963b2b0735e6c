import type { KeyChoice, PrivateKeyProblem } from '../../../contract/install';
import { inspectPrivateKey, type UsablePrivateKey } from './inspect-private-key';
import { generateSshKeyPair } from './ssh-key-pair';

export interface KeyMaterial {
  /** The private key to store; it never leaves the BFF in a response. */
  privateKeyPem: string;
  info: UsablePrivateKey;
}

/** Why an uploaded key cannot serve WMCO, and its size when that is why. */
export interface UnusableKey {
  problem: PrivateKeyProblem;
  bits?: number;
}

/**
 * The key a wizard asked for: generated here (never in the browser) or uploaded and checked.
 * `keep` has no material of its own; an unusable upload comes back as the reason.
 */
export async function keyMaterial(
  choice: KeyChoice,
): Promise<KeyMaterial | UnusableKey | undefined> {
  if (choice.mode === 'keep') return undefined;
  const privateKeyPem =
    choice.mode === 'generate'
      ? (await generateSshKeyPair(choice.type)).private
      : choice.privateKey;
  const info = inspectPrivateKey(privateKeyPem);
  if (!info.usable) return { problem: info.problem, bits: info.bits };
  return { privateKeyPem, info };
}
