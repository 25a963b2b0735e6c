import type { KubeConfig, KubernetesObject } from '@kubernetes/client-node';
import { AccessReview, type ResourceQuestion } from './access-review';
import type { CallerWatchCaches } from './caller-watch-caches';
import { remembered } from './remembered';
import type { CacheRead, ReadKind, WatchCache } from './watch-cache';

/** `key=value,key2=value2` equality selectors: the only kind the pages use. */
function parseSelector(labelSelector: string): [string, string][] {
  return labelSelector.split(',').map((term) => {
    const [key = '', value = ''] = term.split('=');
    return [key.trim(), value.trim()];
  });
}

/** Selected subsets of the cache's lists, kept while the list they were taken from is current. */
const selections = new WeakMap<readonly KubernetesObject[], Map<string, KubernetesObject[]>>();

function select(
  objects: readonly KubernetesObject[],
  labelSelector: string | undefined,
): readonly KubernetesObject[] {
  if (!labelSelector) return objects;
  const bySelector = remembered(selections, objects, () => new Map<string, KubernetesObject[]>());
  return remembered(bySelector, labelSelector, () => {
    const terms = parseSelector(labelSelector);
    return objects.filter((object) => {
      const labels = object.metadata?.labels ?? {};
      return terms.every(([key, value]) => labels[key] === value);
    });
  });
}

export type CachedAnswer<T> = { allowed: true; value: T } | { allowed: false } | undefined;

/** An access question a read depended on, and what the API server answered. */
export interface AccessAnswer {
  question: ResourceQuestion;
  allowed: boolean;
}

/**
 * One computation's reads for one caller, from the shared watch cache or the caller's own, each only
 * after the API server has said that caller may read it. Undefined means "not cached here": read from
 * the API server instead. Lists are the caches' own arrays (never to be changed), the same array while
 * nothing changes. It notes the access answers it relied on, so what was derived from its reads can be
 * kept for as long as the caches and those answers stay the same.
 */
export class CallerReads {
  /** The caches' state before anything was read: a later equal stamp means none of it changed. */
  readonly stamp: string;
  private readonly answers = new Map<string, AccessAnswer>();

  constructor(
    private readonly caller: KubeConfig,
    /** Names the caller (a hash of the token). */
    readonly callerKey: string,
    private readonly caches: readonly WatchCache[],
    private readonly access: AccessReview,
  ) {
    this.stamp = caches.map((cache) => cache.stamp()).join('|');
  }

  private objects(kind: ReadKind, read: CacheRead): readonly KubernetesObject[] | undefined {
    for (const cache of this.caches) {
      const objects = cache.objects(kind, read);
      if (objects) return objects;
    }
    return undefined;
  }

  private async allowed(question: ResourceQuestion): Promise<boolean> {
    const allowed = await this.access.allowed(this.caller, question);
    this.answers.set(JSON.stringify(question), { question, allowed });
    return allowed;
  }

  async list<T>(kind: ReadKind, read: CacheRead = {}): Promise<CachedAnswer<readonly T[]>> {
    const objects = this.objects(kind, read);
    if (!objects) return undefined;
    const allowed = await this.allowed({
      verb: 'list',
      group: kind.group,
      resource: kind.plural,
      namespace: read.namespace,
    });
    if (!allowed) return { allowed: false };
    return { allowed: true, value: select(objects, read.labelSelector) as readonly T[] };
  }

  async get<T>(
    kind: ReadKind,
    name: string,
    namespace?: string,
  ): Promise<CachedAnswer<T | undefined>> {
    // Held by an informer of the whole kind, or of this one object.
    const objects =
      this.objects(kind, { namespace }) ??
      this.objects(kind, { namespace, fieldSelector: `metadata.name=${name}` });
    if (!objects) return undefined;
    const allowed = await this.allowed({
      verb: 'get',
      group: kind.group,
      resource: kind.plural,
      namespace,
      name,
    });
    if (!allowed) return { allowed: false };
    return {
      allowed: true,
      value: objects.find((object) => object.metadata?.name === name) as T | undefined,
    };
  }

  /** The access answers the reads so far relied on. */
  accessAnswers(): AccessAnswer[] {
    return [...this.answers.values()];
  }

  /** Whether the API server (or its answers remembered briefly) still says what it said then. */
  async stillAnswers(answers: readonly AccessAnswer[]): Promise<boolean> {
    for (const { question, allowed } of answers) {
      if ((await this.access.allowed(this.caller, question)) !== allowed) return false;
    }
    return true;
  }
}

/**
 * The watch caches' reads, gated per caller: the shared cache under the BFF's identity and, for what
 * that identity may not watch, each caller's own (see CallerWatchCaches).
 */
export class CachedReads {
  private readonly access = new AccessReview();

  constructor(
    private readonly shared: WatchCache,
    private readonly callers: CallerWatchCaches,
  ) {}

  /** Reads for one computation of one caller. */
  for(caller: KubeConfig): CallerReads {
    const own = this.callers.of(caller);
    return new CallerReads(caller, own.key, [this.shared, own.cache], this.access);
  }

  /**
   * Calls `listener` with the kind (`kindKey`) after every change in the caches this caller reads
   * from: the shared one and the caller's own. Returns the function that stops it.
   */
  onChange(caller: KubeConfig, listener: (kind: string) => void): () => void {
    const stopShared = this.shared.onChange(listener);
    const stopOwn = this.callers.subscribe(caller, listener);
    return () => {
      stopShared();
      stopOwn();
    };
  }

  /** Keeps the caller's own cache open while nothing reads it (a live view waiting for changes). */
  keepOpen(caller: KubeConfig): void {
    this.callers.of(caller);
  }
}
