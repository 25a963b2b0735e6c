import type { KubeConfig, KubernetesObject } from '@kubernetes/client-node';
import { AccessReview } from './access-review';
import { remembered } from './remembered';
import type { WatchCache } from './watch-cache';

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

/**
 * Reads from the shared watch cache on behalf of one caller, each only after the API server has said
 * that caller may read it. Undefined means "not cached here": read from the API server instead.
 * Lists are the cache's own arrays (never to be changed), the same array while nothing changes.
 */
export class CachedReads {
  private readonly access = new AccessReview();

  constructor(private readonly cache: WatchCache) {}

  async list<T>(
    caller: KubeConfig,
    kind: { group: string; plural: string },
    options: { namespace?: string; labelSelector?: string } = {},
  ): Promise<CachedAnswer<readonly T[]>> {
    const objects = this.cache.objects(kind, options.namespace);
    if (!objects || !this.cache.covers(kind, options.labelSelector)) return undefined;
    const allowed = await this.access.allowed(caller, {
      verb: 'list',
      group: kind.group,
      resource: kind.plural,
      namespace: options.namespace,
    });
    if (!allowed) return { allowed: false };
    return { allowed: true, value: select(objects, options.labelSelector) as readonly T[] };
  }

  async get<T>(
    caller: KubeConfig,
    kind: { group: string; plural: string },
    name: string,
    namespace?: string,
  ): Promise<CachedAnswer<T | undefined>> {
    const objects = this.cache.objects(kind, namespace);
    if (!objects) return undefined;
    const allowed = await this.access.allowed(caller, {
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
}
