import { Watch, type KubernetesObject } from '@kubernetes/client-node';

const lastApplied = 'kubectl.kubernetes.io/last-applied-configuration';

/**
 * The object without what no page reads and what can double its size: the field managers' records and
 * kubectl's copy of the last applied object. Objects come fresh from JSON, so they are trimmed in place.
 */
export function trimmed<T extends KubernetesObject>(object: T): T {
  const metadata = object.metadata;
  if (metadata) {
    delete metadata.managedFields;
    if (metadata.annotations?.[lastApplied] !== undefined) {
      const { [lastApplied]: _dropped, ...annotations } = metadata.annotations;
      metadata.annotations = annotations;
    }
  }
  return object;
}

/** A watch whose objects are trimmed before the informer stores them (client-go's transform). */
export class TrimmingWatch extends Watch {
  override watch(
    path: string,
    queryParams: Record<string, string | number | boolean | undefined>,
    callback: (phase: string, apiObj: unknown, watchObj?: unknown) => void,
    done: (err: unknown) => void,
  ): Promise<AbortController> {
    return super.watch(
      path,
      queryParams,
      (phase, object: KubernetesObject | undefined, raw) => {
        callback(phase, object?.metadata ? trimmed(object) : object, raw);
      },
      done,
    );
  }
}
