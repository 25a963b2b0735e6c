import type { SampleNamespaces } from '../../../contract/workloads';
import { HttpError } from '../../errors/http-error';
import { kubernetesFailure } from '../../errors/kubernetes-failure';
import { KubeApi } from '../api/kube-api';
import { kinds } from '../kinds';
import type { ClusterReader } from '../reader/cluster-reader';

interface NamedObject {
  metadata?: { name?: string };
}

/** The namespaces the caller may list, for the sample's namespace picker; none when not allowed. */
export async function sampleNamespaces(reader: ClusterReader): Promise<SampleNamespaces> {
  const namespaces = await reader.list<NamedObject>(kinds.namespace);
  return {
    readable: namespaces !== undefined,
    namespaces: (namespaces ?? [])
      .map((namespace) => namespace.metadata?.name ?? '')
      .filter((name) => name !== '')
      .sort(),
  };
}

/** `refused`: the caller may neither read nor create it, so whether it exists is for the create to say. */
export type SampleNamespaceState = 'created' | 'exists' | 'refused';

export const namespaceCreateNotAllowed = (namespace: string) =>
  new HttpError(
    403,
    { code: 'namespace-create-not-allowed', params: { namespace } },
    'body.namespace',
  );

/**
 * Creates the sample's namespace as the caller when it does not exist. A user with rights in one
 * namespace only may not read it: the create is tried, and its refusal left for the sample's own create
 * to settle (there, a missing namespace is this refusal).
 */
export async function ensureSampleNamespace(
  reader: ClusterReader,
  namespace: string,
): Promise<SampleNamespaceState> {
  const existing = await reader.get(kinds.namespace, namespace);
  if (existing !== undefined) return 'exists';
  try {
    await new KubeApi(reader.kubeConfig).create(kinds.namespace, {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: namespace },
    });
    return 'created';
  } catch (error) {
    const failure = kubernetesFailure(error);
    if (failure?.statusCode === 409) return 'exists';
    if (failure?.statusCode !== 403) throw error;
    if (reader.wasRefused(kinds.namespace, namespace)) return 'refused';
    throw namespaceCreateNotAllowed(namespace);
  }
}
