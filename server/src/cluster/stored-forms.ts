import type { KubernetesObject, V1Container, V1DaemonSet, V1Node } from '@kubernetes/client-node';
import type { CsiRuleDaemonSet } from '../domain/overview/windows-csi-daemon-sets';

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

/** A container as the CSI rule reads it: which it is, and where a registrar registers its driver. */
function registrationFacts({ name, image, args, env }: V1Container): V1Container {
  return {
    name,
    ...(image !== undefined && { image }),
    ...(args && { args }),
    ...(env && {
      env: env.map(({ name: variable, value }) =>
        value === undefined ? { name: variable } : { name: variable, value },
      ),
    }),
  };
}

/**
 * A DaemonSet as the cache keeps it: only what the Overview's CSI rule reads (which one it is, where its
 * pods may run, its containers' names, images, arguments and environment values), since the cache holds
 * every DaemonSet of the cluster. Whole DaemonSets (the workload checker's) come from the API server.
 */
export function csiDaemonSetStoredForm(object: KubernetesObject): CsiRuleDaemonSet {
  const { metadata, spec } = object as V1DaemonSet;
  const { name, namespace, uid, resourceVersion } = metadata ?? {};
  const stored: CsiRuleDaemonSet = { metadata: { name, namespace, uid, resourceVersion } };
  const pod = spec?.template.spec;
  if (!pod) return stored;
  const { os, nodeSelector, affinity, containers } = pod;
  const required = affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  const scheduling = {
    ...(os && { os }),
    ...(nodeSelector && { nodeSelector }),
    ...(required && {
      affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: required } },
    }),
  };
  return {
    ...stored,
    spec: { template: { spec: { ...scheduling, containers: containers.map(registrationFacts) } } },
  };
}
