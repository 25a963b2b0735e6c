import type { V1Node } from '@kubernetes/client-node';
import type { WindowsNode } from '../../../contract/nodes';
import { toWindowsNode } from '../../domain/nodes/windows-node';
import { wmcoNames } from '../../domain/wmco-names';
import type { Machine } from '../../domain/openshift-objects';
import { remembered } from '../reader/remembered';

/** A Windows node, the Machine behind it (Machine-backed nodes only), and the node as pages show it. */
export interface WindowsNodeRecord {
  node: V1Node;
  machine?: Machine;
  windowsNode: WindowsNode;
}

/** The Machines by the node each one's nodeRef names: built once per Machine list. */
const machineIndexes = new WeakMap<readonly Machine[], ReadonlyMap<string, Machine>>();

function machineOfNode(machines: readonly Machine[]): ReadonlyMap<string, Machine> {
  return remembered(
    machineIndexes,
    machines,
    () =>
      new Map(
        machines.flatMap((machine) =>
          machine.status?.nodeRef?.name ? [[machine.status.nodeRef.name, machine] as const] : [],
        ),
      ),
  );
}

/**
 * The record last built for a node object. A cached list keeps the objects of unchanged nodes, so
 * after one node changed only its record is built again, not 2,000.
 */
const recordOfNode = new WeakMap<V1Node, WindowsNodeRecord>();

function recordOf(node: V1Node, machine: Machine | undefined): WindowsNodeRecord {
  const kept = recordOfNode.get(node);
  if (kept && kept.machine === machine) return kept;
  const record = {
    node,
    machine,
    windowsNode: toWindowsNode(
      node,
      machine
        ? {
            machine: machine.metadata?.name ?? '',
            machineSet: machine.metadata?.labels?.[wmcoNames.machineSetLabel],
          }
        : undefined,
    ),
  };
  recordOfNode.set(node, record);
  return record;
}

function pairUp(nodes: readonly V1Node[], machines: readonly Machine[]): WindowsNodeRecord[] {
  const machineOf = machineOfNode(machines);
  return nodes.map((node) => recordOf(node, machineOf.get(node.metadata?.name ?? '')));
}

/**
 * Lists from the watch cache stay the same arrays until they change, so the records of 2,000 nodes are
 * built once per change rather than once per request; lists read from the API server are new each time
 * and their entries go with them.
 */
const built = new WeakMap<readonly V1Node[], WeakMap<readonly Machine[], WindowsNodeRecord[]>>();

/** Each node with its Machine. The result is shared: never change it. */
export function windowsNodeRecords(
  nodes: readonly V1Node[],
  machines: readonly Machine[],
): readonly WindowsNodeRecord[] {
  const byMachines = remembered(
    built,
    nodes,
    () => new WeakMap<readonly Machine[], WindowsNodeRecord[]>(),
  );
  return remembered(byMachines, machines, () => pairUp(nodes, machines));
}
