import type { V1RuntimeClass } from '@kubernetes/client-node';
import { selectorMatches, toleratesNode, type NodeFacts } from '../workloads/node-scheduling';
import { checkWorkload } from '../workloads/workload-check';
import type { ClusterFacts } from '../workloads/workload-check-result';
import { readWorkload, type WorkloadFacts } from '../workloads/workload-object';
import { pullIdentity, type PullIdentity } from './pull-identity';

/** A workload the workload checker takes for a Windows one, with what its images and nodes are. */
export interface WindowsWorkload {
  kind: string;
  namespace: string;
  name: string;
  images: { container: string; image: string }[];
  identity: PullIdentity;
  facts: WorkloadFacts;
}

/** Objects of one kind as a list read them (list items carry no kind of their own). */
export interface WorkloadList {
  kind: string;
  items: readonly object[];
}

/** A pod or ReplicaSet that a controller owns is judged through that controller. */
function isControlled(object: object): boolean {
  const owners = (object as { metadata?: { ownerReferences?: { controller?: boolean }[] } })
    .metadata?.ownerReferences;
  return owners?.some((owner) => owner.controller === true) ?? false;
}

/**
 * Every workload of the lists that can land on Windows nodes, by the workload checker's own rules
 * (its signals: os.name, node selectors, RuntimeClass, tolerations, Windows images), sorted by
 * namespace, kind and name. Pods a controller owns are left to their controller.
 */
export function windowsWorkloads(
  lists: readonly WorkloadList[],
  cluster: ClusterFacts,
): WindowsWorkload[] {
  return lists
    .flatMap(({ kind, items }) =>
      items.flatMap((item): WindowsWorkload[] => {
        if (isControlled(item)) return [];
        const object = { ...item, kind };
        const read = readWorkload(object);
        const identity = pullIdentity(object);
        if ('problem' in read || !identity || !read.workload.name) return [];
        if (checkWorkload(read.workload, cluster).target !== 'windows') return [];
        return [
          {
            kind,
            namespace: identity.namespace,
            name: read.workload.name,
            images: read.workload.containers.flatMap(({ name, image }) =>
              image ? [{ container: name, image }] : [],
            ),
            identity,
            facts: read.workload,
          },
        ];
      }),
    )
    .sort(
      (a, b) =>
        a.namespace.localeCompare(b.namespace) ||
        a.kind.localeCompare(b.kind) ||
        a.name.localeCompare(b.name),
    );
}

/**
 * The nodes a workload's pods can be placed on, as the scheduler decides after the RuntimeClass
 * admission plugin merged the class's node selector and tolerations into the pod.
 */
export function placeableNodes(
  workload: WorkloadFacts,
  runtimeClasses: readonly V1RuntimeClass[] | undefined,
  nodes: readonly NodeFacts[],
): NodeFacts[] {
  const runtimeClass = workload.runtimeClassName
    ? runtimeClasses?.find((rc) => rc.metadata?.name === workload.runtimeClassName)
    : undefined;
  const classSelector = runtimeClass?.scheduling?.nodeSelector ?? {};
  // Admission refuses a pod whose selector contradicts its RuntimeClass's: it lands nowhere.
  if (
    Object.entries(classSelector).some(
      ([key, value]) =>
        workload.nodeSelector[key] !== undefined && workload.nodeSelector[key] !== value,
    )
  ) {
    return [];
  }
  const nodeSelector = { ...workload.nodeSelector, ...classSelector };
  const tolerations = [...workload.tolerations, ...(runtimeClass?.scheduling?.tolerations ?? [])];
  return nodes.filter(
    (node) =>
      selectorMatches(nodeSelector, workload.requiredNodeTerms, node) &&
      toleratesNode(tolerations, node),
  );
}
