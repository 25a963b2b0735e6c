import {
  CoreV1Api,
  CustomObjectsApi,
  PatchStrategy,
  setHeaderOptions,
  type KubeConfig,
} from '@kubernetes/client-node';
import type { Kind, Selection } from '../kinds';

const mergePatch = setHeaderOptions('Content-Type', PatchStrategy.MergePatch);
// A JSON patch whose `test` makes a change fail instead of racing another writer.
const jsonPatch = setHeaderOptions('Content-Type', PatchStrategy.JsonPatch);

type Call = (core: CoreV1Api, at: { name: string; namespace: string; body: object }) => unknown;
type ListCall = (
  core: CoreV1Api,
  selection: Selection & { limit?: number; _continue?: string },
) => Promise<{ items: unknown[] }>;

/** One page of a list: at most `limit` objects, after the page whose `continue` token is `next`. */
export interface ListPage {
  limit?: number;
  next?: string;
}

interface CoreCalls {
  list?: ListCall;
  get?: Call;
  create?: Call;
  replace?: Call;
  patch?: Call;
  delete?: Call;
}

/**
 * The core (group-less) kinds the BFF uses, by plural: the typed client has a method per kind and verb.
 * Every other group goes through the generic custom-objects paths, which serve built-in groups too.
 */
const coreCalls: Record<string, CoreCalls> = {
  nodes: {
    list: (core, s) => core.listNode(s),
    get: (core, { name }) => core.readNode({ name }),
    patch: (core, { name, body }) => core.patchNode({ name, body }, mergePatch),
  },
  namespaces: {
    list: (core, s) => core.listNamespace(s),
    get: (core, { name }) => core.readNamespace({ name }),
    create: (core, { body }) => core.createNamespace({ body }),
    patch: (core, { name, body }) => core.patchNamespace({ name, body }, mergePatch),
    delete: (core, { name }) => core.deleteNamespace({ name }),
  },
  configmaps: {
    list: (core, { namespace, ...s }) =>
      namespace
        ? core.listNamespacedConfigMap({ namespace, ...s })
        : core.listConfigMapForAllNamespaces(s),
    get: (core, at) => core.readNamespacedConfigMap(at),
    create: (core, at) => core.createNamespacedConfigMap(at),
    replace: (core, at) => core.replaceNamespacedConfigMap(at),
    delete: (core, at) => core.deleteNamespacedConfigMap(at),
  },
  secrets: {
    list: (core, { namespace, ...s }) =>
      namespace
        ? core.listNamespacedSecret({ namespace, ...s })
        : core.listSecretForAllNamespaces(s),
    get: (core, at) => core.readNamespacedSecret(at),
    create: (core, at) => core.createNamespacedSecret(at),
    patch: (core, at) => core.patchNamespacedSecret(at, mergePatch),
  },
  events: {
    list: (core, { namespace, ...s }) =>
      namespace ? core.listNamespacedEvent({ namespace, ...s }) : core.listEventForAllNamespaces(s),
  },
  pods: {
    list: (core, { namespace, ...s }) =>
      namespace ? core.listNamespacedPod({ namespace, ...s }) : core.listPodForAllNamespaces(s),
    get: (core, at) => core.readNamespacedPod(at),
    delete: (core, at) => core.deleteNamespacedPod(at),
  },
  services: { create: (core, at) => core.createNamespacedService(at) },
  serviceaccounts: { get: (core, at) => core.readNamespacedServiceAccount(at) },
};

/**
 * The Kubernetes API by kind (see kinds.ts), as one caller: every call carries that caller's token.
 * Calls throw what the API server answered (ApiException); ClusterReader makes reads permissive.
 */
export class KubeApi {
  private coreApi?: CoreV1Api;
  private customApi?: CustomObjectsApi;

  constructor(private readonly kubeConfig: KubeConfig) {}

  // Made on first use: most requests use one of the two, or neither.
  private get core(): CoreV1Api {
    this.coreApi ??= this.kubeConfig.makeApiClient(CoreV1Api);
    return this.coreApi;
  }

  private get custom(): CustomObjectsApi {
    this.customApi ??= this.kubeConfig.makeApiClient(CustomObjectsApi);
    return this.customApi;
  }

  private coreCall(kind: Kind, verb: keyof CoreCalls): NonNullable<CoreCalls[typeof verb]> {
    const call = coreCalls[kind.plural]?.[verb];
    if (!call) throw new Error(`no ${verb} for core kind ${kind.plural}`);
    return call;
  }

  private run<T>(
    kind: Kind,
    verb: Exclude<keyof CoreCalls, 'list'>,
    at: At,
    custom: () => unknown,
  ) {
    if (kind.group !== '') return custom() as Promise<T>;
    const call = this.coreCall(kind, verb) as Call;
    return call(this.core, {
      name: at.name,
      namespace: at.namespace ?? '',
      body: at.body ?? {},
    }) as Promise<T>;
  }

  async list<T>(kind: Kind, selection: Selection = {}): Promise<T[]> {
    return (await this.listObject<T>(kind, selection)).items ?? [];
  }

  /** The list as the API server sends it: with the resourceVersion a watch continues from. */
  async listObject<T>(kind: Kind, selection: Selection & ListPage = {}): Promise<ObjectList<T>> {
    const { namespace, labelSelector, fieldSelector, limit, next } = selection;
    const selectors = { labelSelector, fieldSelector, limit, _continue: next };
    if (kind.group === '') {
      const list = this.coreCall(kind, 'list') as ListCall;
      const typed = (await list(this.core, { namespace, ...selectors })) as ObjectList<T> & {
        metadata?: { _continue?: string };
      };
      return { ...typed, metadata: { ...typed.metadata, continue: typed.metadata?._continue } };
    }
    return (
      namespace
        ? await this.custom.listNamespacedCustomObject({ ...kind, namespace, ...selectors })
        : await this.custom.listClusterCustomObject({ ...kind, ...selectors })
    ) as ObjectList<T>;
  }

  /**
   * The whole list read `limit` objects at a time, each page reduced by `keep` before the next is read: a
   * fleet's list never sits in memory as one response. The pages are one snapshot (the API server serves
   * them at the first page's resourceVersion), so a watch continues from it.
   */
  async listInPages<T, K>(
    kind: Kind,
    selection: Selection,
    limit: number,
    keep: (item: T) => K,
  ): Promise<{ items: K[]; metadata?: ObjectList<T>['metadata'] }> {
    const items: K[] = [];
    let page: ObjectList<T> | undefined;
    do {
      page = await this.listObject<T>(kind, {
        ...selection,
        limit,
        next: page?.metadata?.continue,
      });
      for (const item of page.items ?? []) items.push(keep(item));
    } while (page.metadata?.continue);
    return { items, metadata: page.metadata };
  }

  get<T>(kind: Kind, name: string, namespace?: string): Promise<T> {
    return this.run<T>(kind, 'get', { name, namespace }, () =>
      namespace
        ? this.custom.getNamespacedCustomObject({ ...kind, namespace, name })
        : this.custom.getClusterCustomObject({ ...kind, name }),
    );
  }

  /** `dryRun: 'All'` asks the API server to check everything (schema, RBAC, name) and store nothing. */
  create<T>(kind: Kind, body: object, options: CreateOptions = {}): Promise<T> {
    const { namespace, dryRun } = options;
    const extra = { dryRun, fieldValidation: options.strict ? 'Strict' : undefined };
    return this.run<T>(kind, 'create', { name: '', namespace, body }, () =>
      namespace
        ? this.custom.createNamespacedCustomObject({ ...kind, namespace, body, ...extra })
        : this.custom.createClusterCustomObject({ ...kind, body, ...extra }),
    );
  }

  /** Replaces an object; its `metadata.resourceVersion` is the precondition (409 when stale). */
  replace<T>(kind: Kind, name: string, body: object, namespace?: string): Promise<T> {
    return this.run<T>(kind, 'replace', { name, namespace, body }, () =>
      namespace
        ? this.custom.replaceNamespacedCustomObject({ ...kind, namespace, name, body })
        : this.custom.replaceClusterCustomObject({ ...kind, name, body }),
    );
  }

  mergePatch<T>(kind: Kind, name: string, body: object, namespace?: string): Promise<T> {
    return this.run<T>(kind, 'patch', { name, namespace, body }, () =>
      namespace
        ? this.custom.patchNamespacedCustomObject({ ...kind, namespace, name, body }, mergePatch)
        : this.custom.patchClusterCustomObject({ ...kind, name, body }, mergePatch),
    );
  }

  delete(kind: Kind, name: string, namespace?: string): Promise<unknown> {
    return this.run(kind, 'delete', { name, namespace }, () =>
      namespace
        ? this.custom.deleteNamespacedCustomObject({ ...kind, namespace, name })
        : this.custom.deleteClusterCustomObject({ ...kind, name }),
    );
  }

  /**
   * Asks the API server to evict a pod (`oc adm drain` does): it refuses with 429 while a
   * PodDisruptionBudget allows no disruption, and deletes the pod with its own grace period otherwise.
   */
  evict(name: string, namespace: string): Promise<unknown> {
    return this.core.createNamespacedPodEviction({
      name,
      namespace,
      body: { apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name, namespace } },
    });
  }

  /** A JSON patch of a namespaced object's `/scale` subresource (how `oc scale` scales). */
  patchScale(kind: Kind, name: string, namespace: string, patch: object[]): Promise<unknown> {
    return this.custom.patchNamespacedCustomObjectScale(
      { ...kind, namespace, name, body: patch },
      jsonPatch,
    );
  }
}

export interface ObjectList<T> {
  items?: T[];
  metadata?: { resourceVersion?: string; continue?: string };
}

interface At {
  name: string;
  namespace?: string;
  body?: object;
}

export interface CreateOptions {
  namespace?: string;
  dryRun?: 'All';
  /** Unknown or duplicate fields are refused rather than dropped. */
  strict?: boolean;
}
