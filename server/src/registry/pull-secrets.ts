import { ApiException, type CoreV1Api, type V1Secret } from '@kubernetes/client-node';
import type { PullIdentity } from '../domain/lifecycle/pull-identity';
import { dockerConfigEntries, type DockerConfigEntry } from './docker-config';

/** The cluster-wide pull secret every node pulls with on OpenShift. */
export const globalPullSecret = { namespace: 'openshift-config', name: 'pull-secret' } as const;

export interface PullSecrets {
  /** Every registry credential the workload's pods may use, pod's secrets first, the cluster's last. */
  keyring: DockerConfigEntry[];
  /** What the caller may not read (`secrets/<ns>/<name>`, `serviceaccounts/<ns>/<name>`). */
  unreadable: string[];
}

function statusOf(error: unknown): number | undefined {
  return error instanceof ApiException ? error.code : undefined;
}

/** undefined for a missing object (kubelet skips a missing pull secret too); 'forbidden' for a 403. */
async function tolerant<T>(read: () => Promise<T>): Promise<T | undefined | 'forbidden'> {
  try {
    return await read();
  } catch (error) {
    const status = statusOf(error);
    if (status === 404) return undefined;
    if (status === 403) return 'forbidden';
    throw error;
  }
}

function entriesOf(secret: V1Secret, source: string): DockerConfigEntry[] {
  const key = secret.type === 'kubernetes.io/dockercfg' ? '.dockercfg' : '.dockerconfigjson';
  const data = secret.data?.[key];
  return data ? dockerConfigEntries(Buffer.from(data, 'base64').toString('utf8'), source) : [];
}

/**
 * The pull secrets of a workload, read with the caller's client so RBAC decides what counts: the
 * pod's imagePullSecrets, those of its service account (which the admission plugin adds to every
 * pod), and the cluster's global pull secret. A secret the caller may not read is named in
 * `unreadable`; the images are then read without it.
 */
export async function readPullSecrets(
  core: CoreV1Api,
  identity: PullIdentity,
): Promise<PullSecrets> {
  const { namespace, serviceAccountName } = identity;
  const unreadable: string[] = [];
  const account = await tolerant(() =>
    core.readNamespacedServiceAccount({ name: serviceAccountName, namespace }),
  );
  if (account === 'forbidden')
    unreadable.push(`serviceaccounts/${namespace}/${serviceAccountName}`);
  const fromAccount =
    account && account !== 'forbidden'
      ? (account.imagePullSecrets ?? []).flatMap((ref) => (ref.name ? [ref.name] : []))
      : [];
  const names = [...new Set([...identity.imagePullSecrets, ...fromAccount])];
  const sources = [...names.map((name) => ({ namespace, name })), globalPullSecret];
  const secrets = await Promise.all(
    sources.map((source) => tolerant(() => core.readNamespacedSecret(source))),
  );
  const keyring = sources.flatMap((source, index) => {
    const secret = secrets[index];
    const path = `${source.namespace}/${source.name}`;
    if (secret === 'forbidden') unreadable.push(`secrets/${path}`);
    return secret && secret !== 'forbidden' ? entriesOf(secret, path) : [];
  });
  return { keyring, unreadable };
}
