import { createHash } from 'node:crypto';
import type { KubernetesObject, V1Secret } from '@kubernetes/client-node';
import { inspectPrivateKey } from '../domain/keys/inspect-private-key';
import type { PrivateKeyFacts } from '../domain/overview/cluster-snapshot';
import { wmcoNames } from '../domain/wmco-names';

/**
 * A Secret as the BFF keeps it: its identity, and for cloud-private-key what the pages judge of the key.
 * The key material itself is never kept, in a cache or anywhere else.
 */
export interface SecretFacts extends KubernetesObject {
  keyFacts?: PrivateKeyFacts;
  /**
   * WMCO's hash of the key's public half (SHA-256 of its authorized_keys line, as on each node's
   * `pub-key-hash` annotation): tells which nodes were configured with an older key.
   */
  pubKeyHash?: string;
}

function judgeKey(secret: V1Secret): Pick<SecretFacts, 'keyFacts' | 'pubKeyHash'> {
  const encoded = secret.data?.[wmcoNames.privateKeyField];
  if (!encoded) return { keyFacts: { present: true, problem: 'missing-field' } };
  const inspected = inspectPrivateKey(Buffer.from(encoded, 'base64'));
  const { keyType, bits } = inspected;
  if (!inspected.usable) {
    return { keyFacts: { present: true, problem: inspected.problem, keyType, bits } };
  }
  return {
    keyFacts: { present: true, keyType, bits },
    pubKeyHash: createHash('sha256').update(inspected.publicKey).digest('hex'),
  };
}

export function secretFacts(secret: V1Secret): SecretFacts {
  const { name, namespace, uid, resourceVersion } = secret.metadata ?? {};
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name, namespace, uid, resourceVersion },
    ...(name === wmcoNames.privateKeySecret ? judgeKey(secret) : {}),
  };
}
