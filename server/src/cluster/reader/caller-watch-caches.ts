import type { KubeConfig } from '@kubernetes/client-node';
import type { Gauge } from 'prom-client';
import { tokenKey } from '../api/token-key';
import { callerKinds, type CachedKind } from '../kinds';
import { WatchCache } from './watch-cache';

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
  private readonly listeners = new Map<string, Set<(kind: string) => void>>();
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
      // Whoever listens to this caller hears of every change, across caches opened and reopened.
      entry.cache.onChange((kind) => {
        for (const listener of this.listeners.get(key) ?? []) listener(kind);
      });
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

  /**
   * Calls `listener` after every change in the caller's own cache (opened now if it is not running).
   * It stops with the returned function; reads (or `of`) keep the cache open meanwhile.
   */
  subscribe(caller: KubeConfig, listener: (kind: string) => void): () => void {
    const { key } = this.of(caller);
    const listeners = this.listeners.get(key) ?? new Set();
    listeners.add(listener);
    this.listeners.set(key, listeners);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) this.listeners.delete(key);
    };
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
