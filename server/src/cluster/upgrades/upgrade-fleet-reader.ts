import type { CoreV1Event, V1Node, V1Pod, V1PodDisruptionBudget } from '@kubernetes/client-node';
import type { WindowsNode } from '../../../contract/nodes';
import { drainOutlook } from '../../domain/upgrades/drain-blockers';
import { UpgradeEventIndex } from '../../domain/upgrades/upgrade-event-index';
import type { NodeRelations } from '../../domain/upgrades/node-upgrade-facts';
import { wmcoNames } from '../../domain/wmco-names';
import { eventSelections, kinds } from '../kinds';
import { readWindowsNodeRecords } from '../nodes/windows-nodes';
import type { ClusterReader } from '../reader/cluster-reader';

/** One Windows node with everything its upgrade state is derived from. */
export interface UpgradingNode {
  node: V1Node;
  windowsNode: WindowsNode;
  relations: NodeRelations;
}

/** Nodes a drain may be running on: picked by WMCO or cordoned. */
function mayBeDraining(node: V1Node): boolean {
  return (
    node.spec?.unschedulable === true ||
    node.metadata?.labels?.[wmcoNames.upgradingLabel] === 'true'
  );
}

/** Reads the Windows nodes, their Machines, drains and upgrade events as the caller. */
export async function readUpgradingNodes(
  reader: ClusterReader,
  wmcoNamespace: string,
  startedAt: string | undefined,
): Promise<UpgradingNode[]> {
  const events = (namespace: string | undefined, fieldSelector: string) =>
    reader.list<CoreV1Event>(kinds.event, { namespace, fieldSelector });
  const [records, nodeEvents, machineEvents, instanceEvents] = await Promise.all([
    readWindowsNodeRecords(reader),
    events(undefined, eventSelections.upgradeBlockedNodes),
    events(wmcoNames.machineApiNamespace, eventSelections.machines),
    events(wmcoNamespace, eventSelections.instances),
  ]);
  const eventIndex = new UpgradeEventIndex([
    ...(nodeEvents ?? []),
    ...(machineEvents ?? []),
    ...(instanceEvents ?? []),
  ]);
  const draining = records.map((record) => record.node).filter(mayBeDraining);
  const podsByNode = new Map(
    await Promise.all(
      draining.map(async (node) => {
        const name = node.metadata?.name ?? '';
        const pods = await reader.list<V1Pod>(kinds.pod, {
          fieldSelector: `spec.nodeName=${name}`,
        });
        return [name, pods ?? []] as const;
      }),
    ),
  );
  let budgets: readonly V1PodDisruptionBudget[] = [];
  if ([...podsByNode.values()].some((pods) => pods.length > 0)) {
    budgets = (await reader.list<V1PodDisruptionBudget>(kinds.podDisruptionBudget)) ?? [];
  }

  return records.map(({ node, machine, windowsNode }) => {
    const pods = podsByNode.get(windowsNode.name);
    return {
      node,
      windowsNode,
      relations: {
        machine: machine
          ? {
              name: machine.metadata?.name ?? '',
              phase: machine.status?.phase,
              deleting: machine.metadata?.deletionTimestamp !== undefined,
            }
          : undefined,
        drain: pods ? drainOutlook(pods, budgets) : undefined,
        events: eventIndex.candidates(windowsNode.name, machine?.metadata?.name),
        startedAt,
      },
    };
  });
}
