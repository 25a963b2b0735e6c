import {
  CoreV1Api,
  CustomObjectsApi,
  ListWatch,
  type KubeConfig,
  type KubernetesListObject,
  type KubernetesObject,
} from '@kubernetes/client-node';
import type { BffMetrics } from '../http/metrics';
import { wmcoNames } from '../domain/wmco-names';
import { remembered } from './remembered';
import { TrimmingWatch, trimmed } from './trimming-watch';

/** A kind the cache holds: read by many pages, large (nodes, machines) or asked for on every request. */
export interface CachedKind {
  group: string;
  version: string;
  plural: string;
  /** Only this namespace, to keep memory (and the BFF's rights) to what the pages read. */
  namespace?: string;
  /** Only objects matching this selector (Windows nodes). */
  labelSelector?: string;
}

const olm = 'operators.coreos.com';
const machineApi = { group: 'machine.openshift.io', version: 'v1beta1' };
/**
 * OLM's objects of WMCO where the guide installs it: a CSV is copied into every namespace an
 * all-namespaces operator watches, so the cache never holds them cluster-wide. WMCO installed elsewhere
 * is read from the API server.
 */
const wmcoNamespace = wmcoNames.defaultNamespace;

export const cachedKinds: readonly CachedKind[] = [
  { group: '', version: 'v1', plural: 'nodes', labelSelector: `${wmcoNames.osLabel}=windows` },
  { group: '', version: 'v1', plural: 'namespaces' },
  { ...machineApi, plural: 'machines', namespace: wmcoNames.machineApiNamespace },
  { ...machineApi, plural: 'machinesets', namespace: wmcoNames.machineApiNamespace },
  { group: olm, version: 'v1alpha1', plural: 'subscriptions' },
  { group: olm, version: 'v1', plural: 'operatorgroups' },
  { group: olm, version: 'v1alpha1', plural: 'clusterserviceversions', namespace: wmcoNamespace },
  { group: olm, version: 'v1alpha1', plural: 'installplans', namespace: wmcoNamespace },
  { group: olm, version: 'v2', plural: 'operatorconditions', namespace: wmcoNamespace },
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

type ListFunction = () => Promise<KubernetesListObject<KubernetesObject>>;

function listFunction(kubeConfig: KubeConfig, kind: CachedKind): ListFunction {
  const { labelSelector } = kind;
  if (kind.group === '') {
    const core = kubeConfig.makeApiClient(CoreV1Api);
    if (kind.plural === 'nodes') return () => core.listNode({ labelSelector });
    if (kind.plural === 'namespaces') return () => core.listNamespace({ labelSelector });
    throw new Error(`no list function for core kind ${kind.plural}`);
  }
  const custom = kubeConfig.makeApiClient(CustomObjectsApi);
  const list = kind.namespace
    ? () => custom.listNamespacedCustomObject({ ...kind, namespace: kind.namespace ?? '' })
    : () => custom.listClusterCustomObject(kind);
  return list as ListFunction;
}

interface Entry {
  kind: CachedKind;
  informer: ListWatch<KubernetesObject>;
  synced: boolean;
  /** Errors seen so far: a start() that saw one did not sync, even though it resolved. */
  failures: number;
  /** Bumped on every change; the lists handed out are reused until it moves. */
  generation: number;
  lists: { generation: number; byNamespace: Map<string, readonly KubernetesObject[]> };
}

const restartDelayMs = 2000;

/**
 * Shared informers under the BFF's own identity. They only ever serve a caller after an access check
 * for that caller (see CachedReads); until a kind has synced, readers go to the API server instead.
 * A list handed out stays the same array until its kind changes, so readers may memoize what they
 * derive from it by identity.
 */
export class WatchCache {
  private readonly entries = new Map<string, Entry>();
  private stopped = false;

  constructor(
    kubeConfig: KubeConfig,
    private readonly metrics: BffMetrics,
    kinds: readonly CachedKind[] = cachedKinds,
  ) {
    const watch = new TrimmingWatch(kubeConfig);
    for (const kind of kinds) {
      const list = listFunction(kubeConfig, kind);
      const informer = new ListWatch(
        listPath(kind),
        watch,
        async () => {
          const answer = await list();
          return { ...answer, items: answer.items.map(trimmed) };
        },
        false,
        kind.labelSelector,
      );
      this.entries.set(kindKey(kind), {
        kind,
        informer,
        synced: false,
        failures: 0,
        generation: 0,
        lists: { generation: -1, byNamespace: new Map() },
      });
    }
  }

  async start(): Promise<void> {
    await Promise.all([...this.entries.values()].map((entry) => this.run(entry)));
  }

  private async run(entry: Entry): Promise<void> {
    const resource = kindKey(entry.kind);
    const { watchCacheObjects } = this.metrics;
    // start() resolves once the list has arrived and the watch runs: only then is the kind in sync
    // (client-node's "connect" event fires before the list).
    const sync = async () => {
      const failures = entry.failures;
      await entry.informer.start();
      if (entry.failures !== failures) return;
      entry.synced = true;
      entry.generation += 1;
      watchCacheObjects.set({ resource }, entry.informer.list().length);
    };
    entry.informer.on('change', () => {
      entry.generation += 1;
    });
    entry.informer.on('add', () => {
      watchCacheObjects.inc({ resource });
    });
    entry.informer.on('delete', () => {
      watchCacheObjects.dec({ resource });
    });
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
    if (entry.lists.generation !== entry.generation) {
      entry.lists = { generation: entry.generation, byNamespace: new Map() };
    }
    return remembered(entry.lists.byNamespace, namespace ?? '', () =>
      entry.informer.list(namespace),
    );
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
