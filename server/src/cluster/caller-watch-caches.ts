import type { KubeConfig } from '@kubernetes/client-node';
import type { Gauge } from 'prom-client';
import { wmcoNames } from '../domain/wmco-names';
import { secretFacts } from './secret-facts';
import { tokenKey } from './token-key';
import { WatchCache, type CachedKind } from './watch-cache';

const core = { group: '', version: 'v1' };
const wmcoNamespace = wmcoNames.defaultNamespace;
const machineApiNamespace = wmcoNames.machineApiNamespace;

/** The events the upgrade and BYOH views read, by the field selectors they read them with. */
export const eventSelections = {
  upgradeBlockedNodes: 'involvedObject.kind=Node,reason=UpgradeBlocked',
  machines: 'involvedObject.kind=Machine',
  instances: `involvedObject.kind=ConfigMap,involvedObject.name=${wmcoNames.instancesConfigMap}`,
} as const;

/**
 * What the views read on every request that the BFF's own identity may not watch: WMCO's ConfigMaps
 * (the service account would need them cluster-wide), the two Secrets (never with their data) and the
 * events the views judge. Watched with the caller's own token, so RBAC decides exactly as for a read.
 */
export const callerKinds: readonly CachedKind[] = [
  { ...core, plural: 'configmaps', namespace: wmcoNamespace },
  {
    ...core,
    plural: 'secrets',
    namespace: wmcoNamespace,
    fieldSelector: `metadata.name=${wmcoNames.privateKeySecret}`,
    storedForm: secretFacts,
  },
  {
    ...core,
    plural: 'secrets',
    namespace: machineApiNamespace,
    fieldSelector: `metadata.name=${wmcoNames.userDataSecret}`,
    storedForm: secretFacts,
  },
  { ...core, plural: 'events', fieldSelector: eventSelections.upgradeBlockedNodes },
  {
    ...core,
    plural: 'events',
    namespace: machineApiNamespace,
    fieldSelector: eventSelections.machines,
  },
  { ...core, plural: 'events', namespace: wmcoNamespace, fieldSelector: eventSelections.instances },
];

export interface CallerWatchCacheOptions {
  /** A caller's informers stop after this long without a read. */
  idleMs: number;
  /** At most this many callers' informers run; the longest idle stop first. */
  maxCallers: number;
  kinds: readonly CachedKind[];
  /** Callers whose informers run. */
  gauge?: Gauge;
}

const defaults: CallerWatchCacheOptions = {
  idleMs: 5 * 60_000,
  maxCallers: 32,
  kinds: callerKinds,
};

interface CallerCache {
  cache: WatchCache;
  lastRead: number;
}

/**
 * One WatchCache per caller who reads the views, opened with that caller's token on first read and
 * stopped once the caller has been idle for a while. Until its informers sync, reads go to the API
 * server as before.
 */
export class CallerWatchCaches {
  private readonly caches = new Map<string, CallerCache>();
  private readonly options: CallerWatchCacheOptions;
  private readonly sweeper: NodeJS.Timeout;

  constructor(options: Partial<CallerWatchCacheOptions> = {}) {
    this.options = { ...defaults, ...options };
    this.sweeper = setInterval(() => {
      this.stopIdle(Date.now());
    }, this.options.idleMs / 2).unref();
  }

  /** The caller's cache, opened now if it is not running; `key` names the caller. */
  of(caller: KubeConfig): { key: string; cache: WatchCache } {
    const key = tokenKey(caller.getCurrentUser()?.token ?? '');
    let entry = this.caches.get(key);
    if (entry) this.caches.delete(key);
    else {
      entry = { cache: new WatchCache(caller, this.options.kinds), lastRead: 0 };
      void entry.cache.start();
    }
    entry.lastRead = Date.now();
    // Map order is the order of last reads: the first entries are the longest idle.
    this.caches.set(key, entry);
    for (const [oldKey] of this.caches) {
      if (this.caches.size <= this.options.maxCallers) break;
      this.close(oldKey);
    }
    this.options.gauge?.set(this.caches.size);
    return { key, cache: entry.cache };
  }

  private close(key: string): void {
    void this.caches.get(key)?.cache.stop();
    this.caches.delete(key);
  }

  private stopIdle(now: number): void {
    for (const [key, entry] of this.caches) {
      if (now - entry.lastRead < this.options.idleMs) break;
      this.close(key);
    }
    this.options.gauge?.set(this.caches.size);
  }

  /** How many callers' informers run. */
  get size(): number {
    return this.caches.size;
  }

  async stop(): Promise<void> {
    clearInterval(this.sweeper);
    await Promise.all([...this.caches.values()].map((entry) => entry.cache.stop()));
    this.caches.clear();
    this.options.gauge?.set(0);
  }
}
