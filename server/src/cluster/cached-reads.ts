import type { KubeConfig, KubernetesObject } from '@kubernetes/client-node';
import { AccessReview } from './access-review';
import type { WatchCache } from './watch-cache';

/** `key=value,key2=value2` equality selectors: the only kind the pages use. */
function matches(object: KubernetesObject, labelSelector: string | undefined): boolean {
  if (!labelSelector) return true;
  const labels = object.metadata?.labels ?? {};
  return labelSelector.split(',').every((term) => {
    const [key = '', value = ''] = term.split('=');
    return labels[key.trim()] === value.trim();
  });
}

export type CachedAnswer<T> = { allowed: true; value: T } | { allowed: false } | undefined;

/**
 * Reads from the shared watch cache on behalf of one caller, each only after the API server has said
 * that caller may read it. Undefined means "not cached here": read from the API server instead.
 */
export class CachedReads {
  private readonly access = new AccessReview();

  constructor(private readonly cache: WatchCache) {}

  async list<T>(
    caller: KubeConfig,
    kind: { group: string; plural: string },
    options: { namespace?: string; labelSelector?: string } = {},
  ): Promise<CachedAnswer<T[]>> {
    const objects = this.cache.objects(kind, options.namespace);
    if (!objects || !this.cache.covers(kind, options.labelSelector)) return undefined;
    const allowed = await this.access.allowed(caller, {
      verb: 'list',
      group: kind.group,
      resource: kind.plural,
      namespace: options.namespace,
    });
    if (!allowed) return { allowed: false };
    return {
      allowed: true,
      value: objects.filter((object) => matches(object, options.labelSelector)) as T[],
    };
  }

  async get<T>(
    caller: KubeConfig,
    kind: { group: string; plural: string },
    name: string,
  ): Promise<CachedAnswer<T | undefined>> {
    const objects = this.cache.objects(kind);
    if (!objects) return undefined;
    const allowed = await this.access.allowed(caller, {
      verb: 'get',
      group: kind.group,
      resource: kind.plural,
      name,
    });
    if (!allowed) return { allowed: false };
    return {
      allowed: true,
      value: objects.find((object) => object.metadata?.name === name) as T | undefined,
    };
  }
}
