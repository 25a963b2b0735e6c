import type { WindowsNode } from '../../../contract/nodes';

export type NodeStatus = 'ready' | 'configuring' | 'not-ready';

/**
 * Ready; or NotReady while WMCO configures the node (it sets its version annotation once the node is
 * fully configured, and marks a node it reconfigures in an upgrade); or NotReady after that.
 */
export function nodeStatus(
  node: Pick<WindowsNode, 'ready' | 'wmcoVersion' | 'upgrading'>,
): NodeStatus {
  if (node.ready) return 'ready';
  return node.wmcoVersion === undefined || node.upgrading ? 'configuring' : 'not-ready';
}
