import type { V1Node, V1Pod, V1PodDisruptionBudget } from '@kubernetes/client-node';
import type { ReplacementView } from '../../../contract/replacement';
import type { MachineSet } from '../../domain/openshift-objects';
import type { ReplacementObservation } from '../../domain/replacement/replacement-progress';
import type { ReplacementPlan } from '../../domain/replacement/replacement-record';
import { drainOutlook } from '../../domain/upgrades/drain-blockers';
import { wmcoNames } from '../../domain/wmco-names';
import { kinds, windowsNodeSelector } from '../kinds';
import { readWindowsMachines } from '../nodes/windows-nodes';
import type { ClusterReader } from '../reader/cluster-reader';

type ObservedSet = NonNullable<ReplacementView['observed']['old']>;

function isReady(node: V1Node | undefined): boolean {
  return node?.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

/** The pods on a node, as a drain sees them. */
export async function podsOnNode(reader: ClusterReader, node: string): Promise<readonly V1Pod[]> {
  return (await reader.list<V1Pod>(kinds.pod, { fieldSelector: `spec.nodeName=${node}` })) ?? [];
}

/**
 * The two MachineSets of a replacement as the cluster shows them now: desired replicas, the nodes
 * of their machines (ready, schedulable, build), and what a drain of each old node still faces.
 */
export async function observeReplacement(
  reader: ClusterReader,
  plan: ReplacementPlan,
): Promise<ReplacementObservation & { shown: ReplacementView['observed'] }> {
  const [oldSet, newSet, machines, nodes, budgets] = await Promise.all([
    reader.get<MachineSet>(kinds.machineSet, plan.oldMachineSet, plan.namespace),
    reader.get<MachineSet>(kinds.machineSet, plan.newMachineSet, plan.namespace),
    readWindowsMachines(reader),
    reader.list<V1Node>(kinds.node, { labelSelector: windowsNodeSelector }),
    reader.list<V1PodDisruptionBudget>(kinds.podDisruptionBudget),
  ]);
  const byName = new Map((nodes ?? []).map((node) => [node.metadata?.name ?? '', node]));
  const observe = (machineSet: MachineSet | undefined): ObservedSet | undefined => {
    if (!machineSet) return undefined;
    const name = machineSet.metadata?.name;
    const names = machines
      .filter((machine) => machine.metadata?.labels?.[wmcoNames.machineSetLabel] === name)
      .flatMap((machine) => machine.status?.nodeRef?.name ?? [])
      .filter((node) => byName.has(node))
      .sort();
    return {
      replicas: machineSet.spec?.replicas ?? 0,
      nodes: names.map((node) => {
        const object = byName.get(node);
        return {
          name: node,
          ready: isReady(object),
          schedulable: !object?.spec?.unschedulable,
          build: object?.metadata?.labels?.[wmcoNames.windowsBuildLabel],
        };
      }),
    };
  };
  const old = observe(oldSet);
  const fresh = observe(newSet);
  const drains = await Promise.all(
    (old?.nodes ?? []).map(async ({ name }) => {
      const pods = await podsOnNode(reader, name);
      return {
        node: name,
        ...drainOutlook(pods, budgets ?? []),
        terminating: pods.filter((pod) => pod.metadata?.deletionTimestamp).length,
      };
    }),
  );
  return { old, new: fresh, drains, shown: { old, new: fresh, drains } };
}
