import type { V1Secret, V1ServiceAccount } from '@kubernetes/client-node';
import type { PullIdentity } from '../../domain/lifecycle/pull-identity';
import { dockerConfigEntries, type DockerConfigEntry } from '../../registry/docker-config';
import { kinds } from '../kinds';
import type { ClusterReader } from '../reader/cluster-reader';

/** The cluster-wide pull secret every node pulls with on OpenShift. */
export const globalPullSecret = { namespace: 'openshift-config', name: 'pull-secret' } as const;

export interface PullSecrets {
  /** Every registry credential the workload's pods may use, pod's secrets first, the cluster's last. */
  keyring: DockerConfigEntry[];
  /** What the caller may not read (`secrets/<ns>/<name>`, `serviceaccounts/<ns>/<name>`). */
  unreadable: string[];
}

function entriesOf(secret: V1Secret, source: string): DockerConfigEntry[] {
  const key = secret.type === 'kubernetes.io/dockercfg' ? '.dockercfg' : '.dockerconfigjson';
  const data = secret.data?.[key];
  return data ? dockerConfigEntries(Buffer.from(data, 'base64').toString('utf8'), source) : [];
}

/**
 * The pull secrets of a workload, read as the caller so RBAC decides what counts: the pod's
 * imagePullSecrets, those of its service account (which the admission plugin adds to every pod),
 * and the cluster's global pull secret. A missing one is skipped, as kubelet skips it; one the
 * caller may not read is named in `unreadable`, and the images are read without it. Secrets are
 * read whole from the API server, never from a cache (no cache holds their data).
 */
export async function readPullSecrets(
  reader: ClusterReader,
  identity: PullIdentity,
): Promise<PullSecrets> {
  const { namespace, serviceAccountName } = identity;
  const unreadable: string[] = [];
  const account = await reader.get<V1ServiceAccount>(
    kinds.serviceAccount,
    serviceAccountName,
    namespace,
  );
  if (reader.wasRefused(kinds.serviceAccount, serviceAccountName, namespace)) {
    unreadable.push(`serviceaccounts/${namespace}/${serviceAccountName}`);
  }
  const fromAccount = (account?.imagePullSecrets ?? []).flatMap((ref) => ref.name ?? []);
  const names = [...new Set([...identity.imagePullSecrets, ...fromAccount])];
  const sources = [...names.map((name) => ({ namespace, name })), globalPullSecret];
  const secrets = await Promise.all(
    sources.map((source) => reader.getWhole<V1Secret>(kinds.secret, source.name, source.namespace)),
  );
  const keyring = sources.flatMap((source, index) => {
    const secret = secrets[index];
    const path = `${source.namespace}/${source.name}`;
    if (reader.wasRefused(kinds.secret, source.name, source.namespace)) {
      unreadable.push(`secrets/${path}`);
    }
    return secret ? entriesOf(secret, path) : [];
  });
  return { keyring, unreadable };
}
