import type { KubernetesObject, V1Node } from '@kubernetes/client-node';

/**
 * A Node as the cache keeps it: without `status.images`, the kubelet's list of every image on the
 * host (often the largest part of a Node, tens of KB), which no page reads.
 */
export function nodeStoredForm(object: KubernetesObject): KubernetesObject {
  const node = object as V1Node;
  if (node.status) delete node.status.images;
  return node;
}

/**
 * A Machine as the cache keeps it: without the cloud's `spec.providerSpec` and `status.providerStatus`,
 * which no view reads (the MachineSet writes read Machines from the API server).
 */
export function machineStoredForm(object: KubernetesObject): KubernetesObject {
  const machine = object as KubernetesObject & {
    spec?: { providerSpec?: unknown };
    status?: { providerStatus?: unknown };
  };
  if (machine.spec) delete machine.spec.providerSpec;
  if (machine.status) delete machine.status.providerStatus;
  return machine;
}
