import type { NodesResponse } from '../../../contract/nodes';
import type { ClusterReader } from '../reader/cluster-reader';
import { readInstalledCsv, readWmcoSubscription } from '../wmco/wmco-state';
import { readWindowsNodes } from './windows-nodes';

/** The Windows nodes page: every Windows node, and the WMCO version they are judged against. */
export async function readNodesView(reader: ClusterReader): Promise<NodesResponse> {
  const [nodes, subscription] = await Promise.all([
    readWindowsNodes(reader),
    readWmcoSubscription(reader),
  ]);
  const csv = await readInstalledCsv(reader, subscription);
  return { nodes, operatorVersion: csv?.spec?.version, unreadable: reader.unreadable() };
}
