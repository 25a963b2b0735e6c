import {
  CoreV1Api,
  CustomObjectsApi,
  PatchStrategy,
  setHeaderOptions,
  type KubeConfig,
} from '@kubernetes/client-node';
import type { ObjectList } from '../domain/openshift-objects';
import { kinds, type Kind } from './kinds';

export { kinds };

const mergePatch = setHeaderOptions('Content-Type', PatchStrategy.MergePatch);

/** Typed reads and writes of custom resources as the caller; every call uses the caller's token. */
export class CallerClient {
  readonly core: CoreV1Api;
  private readonly custom: CustomObjectsApi;

  constructor(kubeConfig: KubeConfig) {
    this.core = kubeConfig.makeApiClient(CoreV1Api);
    this.custom = kubeConfig.makeApiClient(CustomObjectsApi);
  }

  get<T>(kind: Kind, namespace: string, name: string): Promise<T> {
    return this.custom.getNamespacedCustomObject({ ...kind, namespace, name }) as Promise<T>;
  }

  async list<T>(kind: Kind, namespace?: string, labelSelector?: string): Promise<T[]> {
    const list = (
      namespace
        ? await this.custom.listNamespacedCustomObject({ ...kind, namespace, labelSelector })
        : await this.custom.listClusterCustomObject({ ...kind, labelSelector })
    ) as ObjectList<T>;
    return list.items ?? [];
  }

  getCluster<T>(kind: Kind, name: string): Promise<T> {
    return this.custom.getClusterCustomObject({ ...kind, name }) as Promise<T>;
  }

  create<T>(kind: Kind, namespace: string, body: object): Promise<T> {
    return this.custom.createNamespacedCustomObject({ ...kind, namespace, body }) as Promise<T>;
  }

  patch<T>(kind: Kind, namespace: string, name: string, body: object): Promise<T> {
    return this.custom.patchNamespacedCustomObject(
      { ...kind, namespace, name, body },
      mergePatch,
    ) as Promise<T>;
  }

  delete(kind: Kind, namespace: string, name: string): Promise<unknown> {
    return this.custom.deleteNamespacedCustomObject({ ...kind, namespace, name });
  }

  patchNamespaceLabels(name: string, labels: Record<string, string>): Promise<unknown> {
    return this.core.patchNamespace({ name, body: { metadata: { labels } } }, mergePatch);
  }

  patchSecretData(
    name: string,
    namespace: string,
    stringData: Record<string, string>,
  ): Promise<unknown> {
    return this.core.patchNamespacedSecret({ name, namespace, body: { stringData } }, mergePatch);
  }
}
