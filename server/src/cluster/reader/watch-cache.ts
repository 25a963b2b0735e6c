import { ListWatch, type KubeConfig, type KubernetesObject } from '@kubernetes/client-node';
import { KubeApi } from '../api/kube-api';
import type { Counter, Gauge } from 'prom-client';
import { kindKey, listPath, type CachedKind, type Selection, type StoredForm } from '../kinds';
import { remembered } from './remembered';
import { TrimmingWatch, trimmed } from './trimming-watch';

/** A read the cache may answer: a kind's objects in one namespace (or all), by selectors. */
export type CacheRead = Selection;

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
/** Objects per page of an initial list: kubectl's default `--chunk-size`. */
const listPageSize = 500;
/**
 * A refused list (the identity may not read the kind) is retried less often: rights seldom change, and
 * reads go to the API server meanwhile.
 */
const refusedRestartDelayMs = 10_000;

function refused(error: unknown): boolean {
  const status = (error as { code?: unknown; statusCode?: unknown } | undefined) ?? {};
  return [401, 403].includes(Number(status.code ?? status.statusCode));
}

/** A kind as a read names it: where it is, and the form the reader wants its objects in. */
export type ReadKind = Pick<CachedKind, 'group' | 'plural' | 'storedForm'>;

/**
 * Whether an informer of this kind answers the read (it may hold more: its lists are then filtered):
 * only in the form the reader wants, so a kind cached in a reduced form is read whole elsewhere.
 */
function informerAnswers(kind: CachedKind, wanted: ReadKind, read: CacheRead): boolean {
  return (
    kind.storedForm === wanted.storedForm &&
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
  private readonly listeners = new Set<(kind: string) => void>();
  private stopped = false;

  constructor(
    kubeConfig: KubeConfig,
    kinds: readonly CachedKind[],
    /**
     * Reported for the shared cache: objects held, and lists made (the first, then one after every watch
     * that could not resume: an API server restart, or 410 Gone once etcd compacted past it).
     */
    private readonly metrics?: { objects: Gauge<'resource'>; lists: Counter<'resource'> },
  ) {
    const api = new KubeApi(kubeConfig);
    for (const kind of kinds) {
      const reduce = kind.storedForm;
      const trim = (object: KubernetesObject) => trimmed(object, kind.keptManagedFields);
      const storedForm: StoredForm = reduce ? (object) => reduce(trim(object)) : trim;
      const informer = new ListWatch(
        listPath(kind, kind.namespace),
        new TrimmingWatch(kubeConfig, storedForm),
        async () => {
          const { namespace, labelSelector, fieldSelector } = kind;
          metrics?.lists.inc({ resource: kindKey(kind) });
          return api.listInPages<KubernetesObject, KubernetesObject>(
            kind,
            { namespace, labelSelector, fieldSelector },
            listPageSize,
            storedForm,
          );
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
    const gauge = this.metrics?.objects;
    // start() resolves once the list has arrived and the watch runs: only then is the kind in sync
    // (client-node's "connect" event fires before the list).
    const sync = async () => {
      const failures = entry.failures;
      await entry.informer.start();
      if (entry.failures !== failures) return;
      entry.synced = true;
      gauge?.set({ resource }, entry.informer.list().length);
      this.changed(entry);
    };
    entry.informer.on('change', () => {
      this.changed(entry);
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

  /** A kind's objects changed: its lists are handed out anew, and whoever listens hears of it. */
  private changed(entry: Entry): void {
    entry.generation += 1;
    const kind = kindKey(entry.kind);
    for (const listener of this.listeners) listener(kind);
  }

  /**
   * Calls `listener` with the kind (`kindKey`) after every change this cache took in: the objects are
   * already in the lists it hands out. Returns the function that stops it.
   */
  onChange(listener: (kind: string) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Whether some informer of this cache holds objects of the kind (synced or not). */
  holds(kind: { group: string; plural: string }): boolean {
    return this.entries.has(kindKey(kind));
  }

  /** The synced informer answering this read, if any. */
  private entryFor(kind: ReadKind, read: CacheRead): Entry | undefined {
    return this.entries
      .get(kindKey(kind))
      ?.find((entry) => entry.synced && informerAnswers(entry.kind, kind, read));
  }

  /**
   * The cached objects of a kind in the read's namespace (all namespaces without one), or undefined when
   * no synced informer answers the read. Label selectors the informer does not share are left to the
   * reader to apply.
   */
  objects(kind: ReadKind, read: CacheRead = {}): readonly KubernetesObject[] | undefined {
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
