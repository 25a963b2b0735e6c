import {
  PolicyV1Api,
  type CoreV1Event,
  type KubeConfig,
  type V1Node,
  type V1PodDisruptionBudget,
} from '@kubernetes/client-node';
import type { WindowsNode } from '../../contract/nodes';
import { drainOutlook } from '../domain/upgrades/drain-blockers';
import type { NodeRelations } from '../domain/upgrades/node-upgrade-facts';
import { toWindowsNode } from '../domain/nodes/windows-node';
import { wmcoNames } from '../domain/wmco-names';
import { CallerClient, kinds } from './olm-client';
import type { Machine } from './openshift-objects';
import type { PermissiveReader } from './permissive-reader';

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
  kubeConfig: KubeConfig,
  reader: PermissiveReader,
  wmcoNamespace: string,
  startedAt: string | undefined,
): Promise<UpgradingNode[]> {
  const client = new CallerClient(kubeConfig);
  const events = (namespace: string | undefined, fieldSelector: string) =>
    reader.read('events', async () => {
      const list = namespace
        ? await client.core.listNamespacedEvent({ namespace, fieldSelector })
        : await client.core.listEventForAllNamespaces({ fieldSelector });
      return list.items;
    });
  const [nodes, machines, nodeEvents, machineEvents, instanceEvents] = await Promise.all([
    reader.read('nodes', () =>
      client.core.listNode({ labelSelector: `${wmcoNames.osLabel}=windows` }),
    ),
    reader.read('machines.machine.openshift.io', () =>
      client.list<Machine>(
        kinds.machine,
        wmcoNames.machineApiNamespace,
        `${wmcoNames.machineOsIdLabel}=Windows`,
      ),
    ),
    events(undefined, 'involvedObject.kind=Node,reason=UpgradeBlocked'),
    events(wmcoNames.machineApiNamespace, 'involvedObject.kind=Machine'),
    events(wmcoNamespace, `involvedObject.name=${wmcoNames.instancesConfigMap}`),
  ]);
  const allEvents: CoreV1Event[] = [
    ...(nodeEvents ?? []),
    ...(machineEvents ?? []),
    ...(instanceEvents ?? []),
  ];
  const machineOfNode = new Map(
    (machines ?? []).flatMap((machine) =>
      machine.status?.nodeRef?.name ? [[machine.status.nodeRef.name, machine] as const] : [],
    ),
  );

  const draining = (nodes?.items ?? []).filter(mayBeDraining);
  const podsByNode = new Map(
    await Promise.all(
      draining.map(async (node) => {
        const name = node.metadata?.name ?? '';
        const pods = await reader.read('pods', () =>
          client.core.listPodForAllNamespaces({ fieldSelector: `spec.nodeName=${name}` }),
        );
        return [name, pods?.items ?? []] as const;
      }),
    ),
  );
  let budgets: V1PodDisruptionBudget[] = [];
  if ([...podsByNode.values()].some((pods) => pods.length > 0)) {
    const policy = kubeConfig.makeApiClient(PolicyV1Api);
    const list = await reader.read('poddisruptionbudgets.policy', () =>
      policy.listPodDisruptionBudgetForAllNamespaces(),
    );
    budgets = list?.items ?? [];
  }

  return (nodes?.items ?? []).map((node) => {
    const name = node.metadata?.name ?? '';
    const machine = machineOfNode.get(name);
    const machineName = machine?.metadata?.name;
    const pods = podsByNode.get(name);
    return {
      node,
      windowsNode: toWindowsNode(
        node,
        machineName
          ? {
              machine: machineName,
              machineSet: machine.metadata?.labels?.[wmcoNames.machineSetLabel],
            }
          : undefined,
      ),
      relations: {
        machine: machineName
          ? {
              name: machineName,
              phase: machine.status?.phase,
              deleting: machine.metadata?.deletionTimestamp !== undefined,
            }
          : undefined,
        drain: pods ? drainOutlook(pods, budgets) : undefined,
        events: allEvents,
        startedAt,
      },
    };
  });
}
