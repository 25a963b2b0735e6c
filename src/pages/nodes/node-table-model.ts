import type { WindowsNode } from '../../../server/contract/nodes';

/** Sort key per column; age sorts by creation time, so "youngest first" is ascending age. */
export const nodeSortKeys = {
  name: (node: WindowsNode) => node.name,
  windowsServer: (node: WindowsNode) => node.build ?? '',
  wmcoVersion: (node: WindowsNode) => node.wmcoVersion ?? '',
  source: (node: WindowsNode) => `${node.source} ${node.origin ?? ''}`,
  status: (node: WindowsNode) => (node.ready ? 1 : 0),
  scheduling: (node: WindowsNode) => (node.schedulable ? 1 : 0),
  age: (node: WindowsNode) => -Date.parse(node.createdAt ?? '1970-01-01T00:00:00Z'),
};

/** Option ids of the attribute filters; `none` stands for a value the node does not have yet. */
export const nodeAttributes = {
  status: (node: WindowsNode) => (node.ready ? 'ready' : 'not-ready'),
  windowsServer: (node: WindowsNode) => node.windowsServer ?? node.build ?? 'none',
  wmcoVersion: (node: WindowsNode) => node.wmcoVersion ?? 'none',
  machineSet: (node: WindowsNode): readonly string[] =>
    node.source === 'MachineSet' && node.origin ? [node.origin] : [],
};

/** What the text filter searches: name, origin, build, versions and addresses. */
export function nodeSearchText(node: WindowsNode): readonly (string | undefined)[] {
  return [
    node.name,
    node.origin,
    node.build,
    node.windowsServer,
    node.wmcoVersion,
    ...node.addresses,
  ];
}
