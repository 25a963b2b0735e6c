import { setTimeout as sleep } from 'node:timers/promises';
import { ApiException, type V1ConfigMap } from '@kubernetes/client-node';
import type { KubeApi } from '../api/kube-api';
import { kinds } from '../kinds';
import type { WriteQueue } from './write-queue';

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

/**
 * One retry policy for every read-modify-write: up to 60 attempts, the first retry at once, then
 * jittered exponential backoff capped at 200 ms. Writes of this replica to one object queue up first,
 * so a conflict is always another replica's or another client's write: each one means that writer made
 * progress, and the loop ends soon after they stop. The bound only guards against a livelock; a
 * smaller one would lose an admin's BYOH entry under two replicas' load (100 concurrent edits are
 * tested), and a view's record (the upgrade timeline) waits no longer than it would for that entry.
 */
const maxAttempts = 60;

/** Whether the API server answered with this HTTP status. */
export function isStatus(error: unknown, code: number): boolean {
  return error instanceof ApiException && error.code === code;
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
  return queue.run(`${at.namespace}/${at.name}`, async () => {
    let current = known ? known.current : await readConfigMap(api, at);
    for (let attempt = 1; ; attempt += 1) {
      const data = await change(current);
      if (!data) return false;
      try {
        await write(api, at, current, data);
        return true;
      } catch (error) {
        // 409: the resourceVersion is stale, or someone created the ConfigMap first. Read again.
        if (!isStatus(error, 409) || attempt >= maxAttempts) throw error;
        if (attempt > 1) await sleep(Math.random() * Math.min(200, 5 * 2 ** attempt));
        current = await readConfigMap(api, at);
      }
    }
  });
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
