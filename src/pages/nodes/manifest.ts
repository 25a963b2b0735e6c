import type { WindowsPageEntry } from '../page-extensions';

export const nodesPage: WindowsPageEntry = {
  id: 'nodes',
  label: 'Nodes',
  path: '/windows/nodes',
  module: 'NodesPage',
  file: './pages/nodes/NodesPage',
};
