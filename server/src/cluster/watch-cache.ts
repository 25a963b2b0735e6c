import {
  CoreV1Api,
  CustomObjectsApi,
  ListWatch,
  type KubeConfig,
  type KubernetesListObject,
  type KubernetesObject,
} from '@kubernetes/client-node';
import type { Gauge } from 'prom-client';
import { wmcoNames } from '../domain/wmco-names';
import { remembered } from './remembered';
import { TrimmingWatch, trimmed, type StoredForm } from './trimming-watch';

/** A kind a cache holds: read by many pages, large (nodes, machines) or asked for on every request. */
export interface CachedKind {
  group: string;
  version: string;
  plural: string;
  /** Only this namespace, to keep memory (and the BFF's rights) to what the pages read. */
  namespace?: string;
  /** Only objects matching this selector (Windows nodes). */
  labelSelector?: string;
  /** Only objects matching this field selector (one Secret, one kind of event). */
  fieldSelector?: string;
  /** What is kept of each object, beyond trimming (Secrets: never their data). */
  storedForm?: StoredForm;
}

/** A read the cache may answer: a kind's objects in one namespace (or all), by selectors. */
export interface CacheRead {
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
}

const olm = 'operators.coreos.com';
const machineApi = { group: 'machine.openshift.io', version: 'v1beta1' };
/**
 * OLM's objects of WMCO where the guide installs it: a CSV is copied into every namespace an
 * all-namespaces operator watches, so the cache never holds them cluster-wide. WMCO installed elsewhere
 * is read from the API server.
 */
const wmcoNamespace = wmcoNames.defaultNamespace;

/** The shared cache's kinds, watched under the BFF's own identity. */
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

function coreListFunction(core: CoreV1Api, kind: CachedKind): ListFunction | undefined {
  const { labelSelector, fieldSelector } = kind;
  const selectors = { labelSelector, fieldSelector };
  const namespace = kind.namespace;
  switch (kind.plural) {
    case 'nodes':
      return () => core.listNode(selectors);
    case 'namespaces':
      return () => core.listNamespace(selectors);
    case 'configmaps':
      return namespace
        ? () => core.listNamespacedConfigMap({ namespace, ...selectors })
        : undefined;
    case 'secrets':
      return namespace ? () => core.listNamespacedSecret({ namespace, ...selectors }) : undefined;
    case 'events':
      return namespace
        ? () => core.listNamespacedEvent({ namespace, ...selectors })
        : () => core.listEventForAllNamespaces(selectors);
  }
  return undefined;
}

function listFunction(kubeConfig: KubeConfig, kind: CachedKind): ListFunction {
  if (kind.group === '') {
    const list = coreListFunction(kubeConfig.makeApiClient(CoreV1Api), kind);
    if (!list) throw new Error(`no list function for core kind ${listPath(kind)}`);
    return list;
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
 * A refused list (the identity may not read the kind) is retried less often: rights seldom change, and
 * reads go to the API server meanwhile.
 */
const refusedRestartDelayMs = 10_000;

function refused(error: unknown): boolean {
  const status = (error as { code?: unknown; statusCode?: unknown } | undefined) ?? {};
  return [401, 403].includes(Number(status.code ?? status.statusCode));
}

/** Whether an informer of this kind answers the read (it may hold more: its lists are then filtered). */
function informerAnswers(kind: CachedKind, read: CacheRead): boolean {
  return (
    (kind.namespace === undefined || kind.namespace === read.namespace) &&
    (kind.labelSelector === undefined || kind.labelSelector === read.labelSelector) &&
    kind.fieldSelector === read.fieldSelector
  );
}

/**
 * Informers under one identity: the BFF's own (the shared cache) or one caller's (see
 * CallerWatchCaches). They only ever serve a caller after an access check for that caller (see
 * CachedReads); until a kind has synced, readers go to the API server instead. A list handed out stays
 * the same array until its kind changes, so readers may memoize what they derive from it by identity.
 */
export class WatchCache {
  private readonly entries = new Map<string, Entry[]>();
  private stopped = false;

  constructor(
    kubeConfig: KubeConfig,
    kinds: readonly CachedKind[],
    /** Objects held, by resource: reported for the shared cache. */
    private readonly objectsGauge?: Gauge<'resource'>,
  ) {
    for (const kind of kinds) {
      const list = listFunction(kubeConfig, kind);
      const reduce = kind.storedForm;
      const storedForm: StoredForm = reduce ? (object) => reduce(trimmed(object)) : trimmed;
      const informer = new ListWatch(
        listPath(kind),
        new TrimmingWatch(kubeConfig, storedForm),
        async () => {
          const answer = await list();
          return { ...answer, items: answer.items.map(storedForm) };
        },
        false,
        kind.labelSelector,
        kind.fieldSelector,
      );
      remembered(this.entries, kindKey(kind), () => []).push({
        kind,
        informer,
        synced: false,
        failures: 0,
        generation: 0,
        lists: { generation: -1, byNamespace: new Map() },
      });
    }
  }

  private allEntries(): Entry[] {
    return [...this.entries.values()].flat();
  }

  async start(): Promise<void> {
    await Promise.all(this.allEntries().map((entry) => this.run(entry)));
  }

  private async run(entry: Entry): Promise<void> {
    const resource = kindKey(entry.kind);
    const gauge = this.objectsGauge;
    // start() resolves once the list has arrived and the watch runs: only then is the kind in sync
    // (client-node's "connect" event fires before the list).
    const sync = async () => {
      const failures = entry.failures;
      await entry.informer.start();
      if (entry.failures !== failures) return;
      entry.synced = true;
      entry.generation += 1;
      gauge?.set({ resource }, entry.informer.list().length);
    };
    entry.informer.on('change', () => {
      entry.generation += 1;
    });
    if (gauge) {
      entry.informer.on('add', () => {
        gauge.inc({ resource });
      });
      entry.informer.on('delete', () => {
        gauge.dec({ resource });
      });
    }
    // A broken watch (API server restart, expired resource version) starts over with a fresh list.
    entry.informer.on('error', (error) => {
      entry.failures += 1;
      entry.synced = false;
      const delay = refused(error) ? refusedRestartDelayMs : restartDelayMs;
      setTimeout(() => {
        if (!this.stopped) void sync().catch(() => undefined);
      }, delay).unref();
    });
    try {
      await sync();
    } catch {
      // The error handler above retries; reads fall back to the API server meanwhile.
    }
  }

  /** The synced informer answering this read, if any. */
  private entryFor(kind: { group: string; plural: string }, read: CacheRead): Entry | undefined {
    return this.entries
      .get(kindKey(kind))
      ?.find((entry) => entry.synced && informerAnswers(entry.kind, read));
  }

  /**
   * The cached objects of a kind in the read's namespace (all namespaces without one), or undefined when
   * no synced informer answers the read. Label selectors the informer does not share are left to the
   * reader to apply.
   */
  objects(
    kind: { group: string; plural: string },
    read: CacheRead = {},
  ): readonly KubernetesObject[] | undefined {
    const entry = this.entryFor(kind, read);
    if (!entry) return undefined;
    if (entry.lists.generation !== entry.generation) {
      entry.lists = { generation: entry.generation, byNamespace: new Map() };
    }
    return remembered(entry.lists.byNamespace, read.namespace ?? '', () =>
      entry.informer.list(read.namespace),
    );
  }

  /** The state of every informer: equal stamps mean nothing this cache holds has changed in between. */
  stamp(): string {
    return this.allEntries()
      .map((entry) => (entry.synced ? String(entry.generation) : '-'))
      .join('.');
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.allEntries().map((entry) => entry.informer.stop()));
  }
}
