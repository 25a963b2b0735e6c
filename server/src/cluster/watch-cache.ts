import {
  CoreV1Api,
  CustomObjectsApi,
  makeInformer,
  type Informer,
  type KubeConfig,
  type KubernetesListObject,
  type KubernetesObject,
  type ObjectCache,
} from '@kubernetes/client-node';
import type { BffMetrics } from '../http/metrics';

/** A kind the cache holds: read by many pages, large (nodes, machines) or asked for on every request. */
export interface CachedKind {
  group: string;
  version: string;
  plural: string;
  /** Only this namespace (the Machine API's), to keep memory to what the pages read. */
  namespace?: string;
  /** Only objects matching this selector (Windows nodes). */
  labelSelector?: string;
}

export const cachedKinds: readonly CachedKind[] = [
  { group: '', version: 'v1', plural: 'nodes', labelSelector: 'kubernetes.io/os=windows' },
  {
    group: 'machine.openshift.io',
    version: 'v1beta1',
    plural: 'machines',
    namespace: 'openshift-machine-api',
  },
  {
    group: 'machine.openshift.io',
    version: 'v1beta1',
    plural: 'machinesets',
    namespace: 'openshift-machine-api',
  },
  { group: 'operators.coreos.com', version: 'v1alpha1', plural: 'subscriptions' },
  { group: 'config.openshift.io', version: 'v1', plural: 'infrastructures' },
  { group: 'config.openshift.io', version: 'v1', plural: 'clusterversions' },
  { group: 'config.openshift.io', version: 'v1', plural: 'networks' },
  { group: 'config.openshift.io', version: 'v1', plural: 'proxies' },
  { group: 'operator.openshift.io', version: 'v1', plural: 'networks' },
];

export function kindKey(kind: { group: string; plural: string }): string {
  return kind.group ? `${kind.plural}.${kind.group}` : kind.plural;
}

function listPath(kind: CachedKind): string {
  const root = kind.group ? `/apis/${kind.group}/${kind.version}` : `/api/${kind.version}`;
  return kind.namespace
    ? `${root}/namespaces/${kind.namespace}/${kind.plural}`
    : `${root}/${kind.plural}`;
}

interface Entry {
  kind: CachedKind;
  informer: Informer<KubernetesObject> & ObjectCache<KubernetesObject>;
  synced: boolean;
  /** Errors seen so far: a start() that saw one did not sync, even though it resolved. */
  failures: number;
}

const restartDelayMs = 2000;

/**
 * Shared informers under the BFF's own identity. They only ever serve a caller after an access check
 * for that caller (see CachedReads); until a kind has synced, readers go to the API server instead.
 */
export class WatchCache {
  private readonly entries = new Map<string, Entry>();
  private stopped = false;

  constructor(
    kubeConfig: KubeConfig,
    private readonly metrics: BffMetrics,
    kinds: readonly CachedKind[] = cachedKinds,
  ) {
    const core = kubeConfig.makeApiClient(CoreV1Api);
    const custom = kubeConfig.makeApiClient(CustomObjectsApi);
    for (const kind of kinds) {
      // The only core kind cached is nodes; the rest are custom resources.
      const list = (): Promise<KubernetesListObject<KubernetesObject>> =>
        (kind.group === ''
          ? core.listNode({ labelSelector: kind.labelSelector })
          : kind.namespace
            ? custom.listNamespacedCustomObject({
                ...kind,
                namespace: kind.namespace,
                labelSelector: kind.labelSelector,
              })
            : custom.listClusterCustomObject({
                ...kind,
                labelSelector: kind.labelSelector,
              })) as Promise<KubernetesListObject<KubernetesObject>>;
      const informer = makeInformer(kubeConfig, listPath(kind), list, kind.labelSelector);
      this.entries.set(kindKey(kind), { kind, informer, synced: false, failures: 0 });
    }
  }

  async start(): Promise<void> {
    await Promise.all([...this.entries.values()].map((entry) => this.run(entry)));
  }

  private async run(entry: Entry): Promise<void> {
    const key = kindKey(entry.kind);
    const count = () => {
      this.metrics.watchCacheObjects.set({ resource: key }, entry.informer.list().length);
    };
    // start() resolves once the list has arrived and the watch runs: only then is the kind in sync
    // (client-node's "connect" event fires before the list).
    const sync = async () => {
      const failures = entry.failures;
      await entry.informer.start();
      if (entry.failures !== failures) return;
      entry.synced = true;
      count();
    };
    entry.informer.on('change', count);
    // A broken watch (API server restart, expired resource version) starts over with a fresh list.
    entry.informer.on('error', () => {
      entry.failures += 1;
      entry.synced = false;
      if (!this.stopped) setTimeout(() => void sync().catch(() => undefined), restartDelayMs);
    });
    try {
      await sync();
    } catch {
      // The error handler above retries; reads fall back to the API server meanwhile.
    }
  }

  /** The cached objects of a kind, or undefined when the kind is not cached or not in sync. */
  objects(
    kind: { group: string; plural: string },
    namespace?: string,
  ): readonly KubernetesObject[] | undefined {
    const entry = this.entries.get(kindKey(kind));
    if (!entry?.synced) return undefined;
    if (entry.kind.namespace !== undefined && namespace !== entry.kind.namespace) return undefined;
    return entry.informer.list(namespace);
  }

  /** Whether a read with this selector is answered by the cache (its own selector is the same or none). */
  covers(kind: { group: string; plural: string }, labelSelector: string | undefined): boolean {
    const own = this.entries.get(kindKey(kind))?.kind.labelSelector;
    return own === undefined || own === labelSelector;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all([...this.entries.values()].map((entry) => entry.informer.stop()));
  }
}
