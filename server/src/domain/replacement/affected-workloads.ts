import type { V1RuntimeClass } from '@kubernetes/client-node';
import { workloadKey } from '../lifecycle/compatibility';
import { placeableNodes, type WindowsWorkload } from '../lifecycle/windows-workloads';
import type { NodeFacts } from '../workloads/node-scheduling';
import { wmcoNames } from '../wmco-names';

export interface AffectedWorkloads {
  /** Workloads whose pods the old MachineSet's nodes can take now: they move with the nodes. */
  affected: WindowsWorkload[];
  /** `namespace/Kind/name` of the affected ones no node would take after the move. */
  stranded: string[];
}

/**
 * Who a move of a MachineSet's nodes to `targetBuild` concerns. After the move the old nodes are
 * gone and new ones stand in their place with the same labels but the new build, so a workload
 * that selects the old build (its RuntimeClass, a nodeSelector) has nowhere left to go unless
 * another node of that build remains.
 */
export function affectedWorkloads(
  workloads: readonly WindowsWorkload[],
  runtimeClasses: readonly V1RuntimeClass[] | undefined,
  nodes: readonly NodeFacts[],
  oldNodes: ReadonlySet<string>,
  targetBuild: string,
): AffectedWorkloads {
  const remaining = nodes.filter((node) => !oldNodes.has(node.name));
  const replacements = nodes
    .filter((node) => oldNodes.has(node.name))
    .map((node) => ({
      ...node,
      name: `${node.name} (replaced)`,
      labels: { ...node.labels, [wmcoNames.windowsBuildLabel]: targetBuild },
    }));
  const after = [...remaining, ...replacements];
  const affected = workloads.filter((workload) =>
    placeableNodes(workload.facts, runtimeClasses, nodes).some((node) => oldNodes.has(node.name)),
  );
  return {
    affected,
    stranded: affected
      .filter((workload) => placeableNodes(workload.facts, runtimeClasses, after).length === 0)
      .map(workloadKey),
  };
}
