import {
  Watch,
  type KubeConfig,
  type KubernetesObject,
  type V1ManagedFieldsEntry,
} from '@kubernetes/client-node';
import type { StoredForm } from '../kinds';
import { UnchangedUpdates } from './unchanged-updates';

const lastApplied = 'kubectl.kubernetes.io/last-applied-configuration';

/**
 * The object without what no page reads and what can double its size: the field managers' records (but
 * those `kept`) and kubectl's copy of the last applied object. Objects come fresh from JSON, so they are
 * trimmed in place.
 */
export function trimmed<T extends KubernetesObject>(
  object: T,
  kept?: (entry: V1ManagedFieldsEntry) => boolean,
): T {
  const metadata = object.metadata;
  if (metadata) {
    const managedFields = kept ? metadata.managedFields?.filter(kept) : undefined;
    if (managedFields?.length) metadata.managedFields = managedFields;
    else delete metadata.managedFields;
    if (metadata.annotations?.[lastApplied] !== undefined) {
      const { [lastApplied]: _dropped, ...annotations } = metadata.annotations;
      metadata.annotations = annotations;
    }
  }
  return object;
}

/**
 * A watch whose objects are put in their stored form before the informer keeps them (client-go's
 * transform). An update that leaves the stored form as it was reaches the informer as a bookmark: it
 * moves the informer's resourceVersion on, and no view is derived again for it.
 */
export class TrimmingWatch extends Watch {
  private readonly updates = new UnchangedUpdates();

  constructor(
    kubeConfig: KubeConfig,
    private readonly storedForm: StoredForm = trimmed,
  ) {
    super(kubeConfig);
  }

  override watch(
    path: string,
    queryParams: Record<string, string | number | boolean | undefined>,
    callback: (phase: string, apiObj: unknown, watchObj?: unknown) => void,
    done: (err: unknown) => void,
  ): Promise<AbortController> {
    this.updates.restart();
    return super.watch(
      path,
      queryParams,
      (phase, object: KubernetesObject | undefined, raw) => {
        // An ERROR event carries a Status (its code tells the informer to list afresh): passed as it is.
        if (phase === 'ERROR' || !object?.metadata) {
          callback(phase, object, raw);
          return;
        }
        const stored = this.storedForm(object);
        callback(this.updates.unchanged(phase, stored) ? 'BOOKMARK' : phase, stored, raw);
      },
      done,
    );
  }
}
