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
}

function judgeKey(secret: V1Secret): PrivateKeyFacts {
  const encoded = secret.data?.[wmcoNames.privateKeyField];
  if (!encoded) return { present: true, problem: 'missing-field' };
  const inspected = inspectPrivateKey(Buffer.from(encoded, 'base64'));
  return inspected.usable
    ? { present: true, keyType: inspected.keyType, bits: inspected.bits }
    : {
        present: true,
        problem: inspected.problem,
        keyType: inspected.keyType,
        bits: inspected.bits,
      };
}

export function secretFacts(secret: V1Secret): SecretFacts {
  const { name, namespace, uid, resourceVersion } = secret.metadata ?? {};
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name, namespace, uid, resourceVersion },
    keyFacts: name === wmcoNames.privateKeySecret ? judgeKey(secret) : undefined,
  };
}
