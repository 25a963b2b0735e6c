import type { WindowsNode } from '../../../server/contract/nodes';

export type NodeColumn =
  'name' | 'windowsServer' | 'wmcoVersion' | 'source' | 'ready' | 'schedulable' | 'age';

export interface NodeFilter {
  text: string;
  source: 'all' | WindowsNode['source'];
}

/** Sort key per column; age sorts by creation time, so "oldest first" is ascending age. */
const sortKey: Record<NodeColumn, (node: WindowsNode) => string | number> = {
  name: (node) => node.name,
  windowsServer: (node) => node.build ?? '',
  wmcoVersion: (node) => node.wmcoVersion ?? '',
  source: (node) => `${node.source} ${node.origin ?? ''}`,
  ready: (node) => (node.ready ? 1 : 0),
  schedulable: (node) => (node.schedulable ? 1 : 0),
  age: (node) => -Date.parse(node.createdAt ?? '1970-01-01T00:00:00Z'),
};

export function visibleNodes(
  nodes: WindowsNode[],
  filter: NodeFilter,
  sort: { column: NodeColumn; direction: 'asc' | 'desc' },
): WindowsNode[] {
  const text = filter.text.trim().toLowerCase();
  const key = sortKey[sort.column];
  return nodes
    .filter((node) => filter.source === 'all' || node.source === filter.source)
    .filter(
      (node) =>
        text === '' ||
        [
          node.name,
          node.origin ?? '',
          node.build ?? '',
          node.wmcoVersion ?? '',
          ...node.addresses,
        ].some((value) => value.toLowerCase().includes(text)),
    )
    .sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      const order =
        typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return sort.direction === 'asc' ? order : -order;
    });
}
