import type { V1Node } from '@kubernetes/client-node';
import type { WindowsNode } from '../../../contract/nodes';
import type { Machine } from '../../domain/openshift-objects';
import { wmcoNames } from '../../domain/wmco-names';
import { kinds, windowsNodeSelector } from '../kinds';
import type { ClusterReader } from '../reader/cluster-reader';
import { windowsNodeRecords, type WindowsNodeRecord } from './windows-node-records';

/** The Machines labelled as Windows machines, with or without a node yet. */
export async function readWindowsMachines(reader: ClusterReader): Promise<readonly Machine[]> {
  const machines = await reader.list<Machine>(kinds.machine, {
    namespace: wmcoNames.machineApiNamespace,
    labelSelector: `${wmcoNames.machineOsIdLabel}=Windows`,
  });
  return machines ?? [];
}

/** Each Windows node with its Machine, if it has one. */
export async function readWindowsNodeRecords(
  reader: ClusterReader,
): Promise<readonly WindowsNodeRecord[]> {
  const [nodes, machines] = await Promise.all([
    reader.list<V1Node>(kinds.node, { labelSelector: windowsNodeSelector }),
    readWindowsMachines(reader),
  ]);
  return windowsNodeRecords(nodes ?? [], machines);
}

export async function readWindowsNodes(reader: ClusterReader): Promise<WindowsNode[]> {
  return (await readWindowsNodeRecords(reader)).map((record) => record.windowsNode);
}
