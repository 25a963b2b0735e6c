import { setTimeout as sleep } from 'node:timers/promises';
import { ApiException, type CoreV1Api, type V1ConfigMap } from '@kubernetes/client-node';
import type { WriteQueue } from './byoh-write-queue';

/**
 * Computes the ConfigMap's next data from its current data; undefined leaves it alone. It may throw to
 * refuse the change (an HttpError saying why); it runs again on every retry, against fresh data.
 */
export type DataChange = (
  data: Record<string, string>,
  exists: boolean,
) => Promise<Record<string, string> | undefined>;

const maxAttempts = 60;

/** Whether the API server answered with this HTTP status. */
export function isStatus(error: unknown, code: number): boolean {
  return error instanceof ApiException && error.code === code;
}

export interface ConfigMapAt {
  namespace: string;
  name: string;
  /** Labels of the ConfigMap if this write creates it. */
  labels?: Record<string, string>;
}

/**
 * Read-modify-write of a ConfigMap's data with the read's resourceVersion as precondition (create when
 * absent), retried with jittered backoff whenever another writer got in between, so concurrent editors
 * never lose each other's entries. Writes of this replica queue up first. Resolves to whether anything
 * was written.
 */
export function changeConfigMapData(
  core: CoreV1Api,
  queue: WriteQueue,
  at: ConfigMapAt,
  change: DataChange,
): Promise<boolean> {
  return queue.run(`${at.namespace}/${at.name}`, () => readModifyWrite(core, at, change));
}

async function readModifyWrite(
  core: CoreV1Api,
  at: ConfigMapAt,
  change: DataChange,
): Promise<boolean> {
  const { namespace, name } = at;
  for (let attempt = 1; ; attempt += 1) {
    const current: V1ConfigMap | undefined = await core
      .readNamespacedConfigMap({ name, namespace })
      .catch((error: unknown) => {
        if (isStatus(error, 404)) return undefined;
        throw error;
      });
    const next = await change({ ...current?.data }, current !== undefined);
    if (!next) return false;
    try {
      if (current) {
        current.data = next;
        await core.replaceNamespacedConfigMap({ name, namespace, body: current });
      } else {
        await core.createNamespacedConfigMap({
          namespace,
          body: { metadata: { name, namespace, labels: at.labels }, data: next },
        });
      }
      return true;
    } catch (error) {
      // 409: the resourceVersion is stale, or someone created the ConfigMap first. Read again.
      if (!isStatus(error, 409) || attempt >= maxAttempts) throw error;
      // With this replica's writes queued, a conflict is another replica's: read again at once, then back off.
      if (attempt > 1) await sleep(Math.random() * Math.min(200, 5 * 2 ** attempt));
    }
  }
}
