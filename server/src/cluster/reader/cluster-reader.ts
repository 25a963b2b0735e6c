import { ApiException, type KubeConfig } from '@kubernetes/client-node';
import { KubeApi } from '../api/kube-api';
import { kindKey, type Kind, type KindEntry, type Selection } from '../kinds';
import type { CachedAnswer, CachedReads, CallerReads } from './cached-reads';

/** A read that went to the API server: what a live view watches to learn that its answer changed. */
export interface LiveRead {
  kind: Kind;
  selection: Selection;
}

/**
 * Reads as one caller, for one computation: from the watch caches where they hold the answer (after an
 * access check for this caller), else from the API server with the caller's token. A read the caller
 * may not make comes back undefined and names its kind in `unreadable` (the page says "cannot read X");
 * a missing object reads as undefined. Kinds with a stored form (Secrets) read in that form either way.
 */
export class ClusterReader {
  private readonly refused = new Set<string>();
  /** The reads refused, by kind and selection: which Secret exactly a caller may not read. */
  private readonly refusedReads = new Set<string>();
  private readonly live = new Map<string, LiveRead>();
  private reads?: CallerReads;
  private api?: KubeApi;

  constructor(
    readonly kubeConfig: KubeConfig,
    /** The watch caches, when the BFF runs them; reads they may not answer go to the API server. */
    private readonly caches?: CachedReads,
  ) {}

  /** A reader of the same caller that reads everything from the API server: what writes check against. */
  fresh(): ClusterReader {
    return new ClusterReader(this.kubeConfig);
  }

  /** This computation's reads from the watch caches (their stamp is taken on first use), if any. */
  get cached(): CallerReads | undefined {
    this.reads ??= this.caches?.for(this.kubeConfig);
    return this.reads;
  }

  /** Whether everything read so far came from the watch caches, none of it from the API server. */
  get fromCachesOnly(): boolean {
    return this.live.size === 0;
  }

  /** What was read from the API server so far. */
  liveReads(): LiveRead[] {
    return [...this.live.values()];
  }

  /** The kinds the caller may not read, as the pages name them. */
  unreadable(): string[] {
    return [...this.refused].sort();
  }

  isUnreadable(kind: Kind): boolean {
    return this.refused.has(kindKey(kind));
  }

  /** Whether reading this one object (get or getWhole) was refused to the caller. */
  wasRefused(kind: Kind, name: string, namespace?: string): boolean {
    return this.refusedReads.has(readKey(kind, objectSelection(name, namespace)));
  }

  async list<T>(kind: KindEntry, selection: Selection = {}): Promise<readonly T[] | undefined> {
    return this.answer(
      kind,
      selection,
      this.cached ? await this.cached.list<T>(kind, selection) : undefined,
      async () => (await this.kubeApi().list<T>(kind, selection)).map((item) => stored(kind, item)),
    );
  }

  async get<T>(kind: KindEntry, name: string, namespace?: string): Promise<T | undefined> {
    return this.answer(
      kind,
      objectSelection(name, namespace),
      this.cached ? await this.cached.get<T>(kind, name, namespace) : undefined,
      async () => stored(kind, await this.kubeApi().get<T>(kind, name, namespace)),
    );
  }

  /** The whole object from the API server, never a cache's stored form: for the key material only. */
  getWhole<T>(kind: Kind, name: string, namespace?: string): Promise<T | undefined> {
    return this.answer(kind, objectSelection(name, namespace), undefined, () =>
      this.kubeApi().get<T>(kind, name, namespace),
    );
  }

  private kubeApi(): KubeApi {
    this.api ??= new KubeApi(this.kubeConfig);
    return this.api;
  }

  private async answer<T>(
    kind: Kind,
    selection: Selection,
    cached: CachedAnswer<T>,
    live: () => Promise<T>,
  ): Promise<T | undefined> {
    const key = kindKey(kind);
    const refuse = () => {
      this.refused.add(key);
      this.refusedReads.add(readKey(kind, selection));
    };
    if (cached) {
      if (cached.allowed) return cached.value;
      refuse();
      return undefined;
    }
    this.live.set(readKey(kind, selection), { kind, selection });
    try {
      return await live();
    } catch (error) {
      if (error instanceof ApiException) {
        if (error.code === 403) {
          refuse();
          return undefined;
        }
        if (error.code === 404) return undefined;
      }
      throw error;
    }
  }
}

/** One object's read, as a selection: what a live view watches to learn that it changed. */
function objectSelection(name: string, namespace?: string): Selection {
  return { namespace, fieldSelector: `metadata.name=${name}` };
}

function readKey(kind: Kind, selection: Selection): string {
  return JSON.stringify([kindKey(kind), selection]);
}

/** A live answer in the form the caches keep the kind in, so both read alike. */
function stored<T>(kind: KindEntry, object: T): T {
  return kind.storedForm ? (kind.storedForm(object as never) as T) : object;
}
