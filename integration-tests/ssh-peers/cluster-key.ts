// cloud-private-key as the test peers need it: its public half for authorized_keys, and the key
// itself so tests can prove it never leaves the BFF.
import type { V1Secret } from '@kubernetes/client-node';
import { inspectPrivateKey } from '../../server/src/domain/keys/inspect-private-key';
import type { KubeClient } from '../cluster/kube-client';
import { resources } from '../cluster/resources';

export interface ClusterKey {
  pem: string;
  /** `authorized_keys` form. */
  publicKey: string;
}

export async function readClusterKey(client: KubeClient, namespace: string): Promise<ClusterKey> {
  const secret = await client.get<V1Secret & { metadata: object }>(
    resources.secrets,
    'cloud-private-key',
    namespace,
  );
  const pem = Buffer.from(secret.data?.['private-key.pem'] ?? '', 'base64').toString('utf8');
  const inspected = inspectPrivateKey(pem);
  if (!inspected.usable) throw new Error(`cloud-private-key is unusable: ${inspected.problem}`);
  return { pem, publicKey: inspected.publicKey };
}
