import type { KubeApi } from '../api/kube-api';
import type { Kind } from '../kinds';
import { retryOnConflict } from './read-modify-write';
import type { WriteQueue } from './write-queue';

/** Where an existing object is. */
export interface ObjectAt {
  kind: Kind;
  name: string;
  namespace?: string;
}

/**
 * Read-modify-write of an existing object as the caller (`api`): `change` gets the object as read and
 * returns the whole next object (undefined leaves it alone); the write is a replace carrying the read's
 * resourceVersion, retried on a fresh read when someone else wrote in between. What `change` does not
 * touch is written back as read. Resolves to whether anything was written.
 */
export function changeObject<T extends object>(
  api: KubeApi,
  queue: WriteQueue,
  at: ObjectAt,
  change: (current: T) => T | undefined,
): Promise<boolean> {
  const { kind, name, namespace } = at;
  return queue.run(`${kind.plural}/${namespace ?? ''}/${name}`, () =>
    retryOnConflict(
      () => api.get<T>(kind, name, namespace),
      async (current) => {
        const next = change(current);
        if (!next) return false;
        await api.replace(kind, name, next, namespace);
        return true;
      },
    ),
  );
}
