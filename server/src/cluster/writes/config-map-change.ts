import type { V1ConfigMap } from '@kubernetes/client-node';
import type { KubeApi } from '../api/kube-api';
import { kinds } from '../kinds';
import { isStatus, retryOnConflict } from './read-modify-write';
import type { WriteQueue } from './write-queue';

export { isStatus };

/**
 * Computes a ConfigMap's next data from the ConfigMap as it stands (undefined: it does not exist);
 * undefined leaves it alone. It may throw to refuse the change (an HttpError saying why); it runs again
 * on every retry, against fresh data.
 */
export type ConfigMapChange = (
  current: V1ConfigMap | undefined,
) => Promise<Record<string, string> | undefined>;

export interface ConfigMapAt {
  namespace: string;
  name: string;
  /** Labels the ConfigMap carries after the write (added to those it has). */
  labels?: Record<string, string>;
}

function readConfigMap(api: KubeApi, at: ConfigMapAt): Promise<V1ConfigMap | undefined> {
  return api.get<V1ConfigMap>(kinds.configMap, at.name, at.namespace).catch((error: unknown) => {
    if (isStatus(error, 404)) return undefined;
    throw error;
  });
}

/**
 * Read-modify-write of a ConfigMap's data as the caller (`api`), with the read's resourceVersion as
 * precondition (create when absent), retried whenever another writer got in between, so concurrent
 * editors never lose each other's changes. `known`: the ConfigMap as a recent read saw it, tried first
 * instead of reading again (a stale one costs one conflict). Resolves to whether anything was written.
 */
export function changeConfigMap(
  api: KubeApi,
  queue: WriteQueue,
  at: ConfigMapAt,
  change: ConfigMapChange,
  known?: { current: V1ConfigMap | undefined },
): Promise<boolean> {
  return queue.run(`${at.namespace}/${at.name}`, () =>
    retryOnConflict(
      () => readConfigMap(api, at),
      async (current) => {
        const data = await change(current);
        if (!data) return false;
        await write(api, at, current, data);
        return true;
      },
      known,
    ),
  );
}

function write(
  api: KubeApi,
  at: ConfigMapAt,
  current: V1ConfigMap | undefined,
  data: Record<string, string>,
): Promise<unknown> {
  const { namespace, name } = at;
  const labels = { ...current?.metadata?.labels, ...at.labels };
  if (!current) {
    return api.create(
      kinds.configMap,
      { metadata: { name, namespace, labels }, data },
      { namespace },
    );
  }
  // A new body (`current` may be a cache's shared object) with what metadata a replace must keep; the
  // read's resourceVersion is the precondition: a replace computed from an older read is refused.
  const { resourceVersion, annotations, ownerReferences, finalizers } = current.metadata ?? {};
  const metadata = {
    name,
    namespace,
    resourceVersion,
    labels,
    annotations,
    ownerReferences,
    finalizers,
  };
  const body = { metadata, data, binaryData: current.binaryData };
  return api.replace(kinds.configMap, name, body, namespace);
}

/** A change of the data alone: the current data (empty when absent) and whether the ConfigMap exists. */
export type DataChange = (
  data: Record<string, string>,
  exists: boolean,
) => Promise<Record<string, string> | undefined>;

/** `changeConfigMap` for a change of the data alone. */
export function changeConfigMapData(
  api: KubeApi,
  queue: WriteQueue,
  at: ConfigMapAt,
  change: DataChange,
): Promise<boolean> {
  return changeConfigMap(api, queue, at, (current) =>
    change({ ...current?.data }, current !== undefined),
  );
}
