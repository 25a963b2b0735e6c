import { isDeepStrictEqual } from 'node:util';
import type { WindowsNode } from '../../../contract/nodes';
import type { NodeUpgrade } from '../../../contract/upgrades';

type UpgradeOutcome = Pick<NodeUpgrade, 'state' | 'reason' | 'history'>;

/** The row last made for each Windows node (kept as long as the node's record is). */
const rows = new WeakMap<WindowsNode, NodeUpgrade>();

/**
 * A node's row on the upgrade page: the one made before while the node's record and its state, reason
 * and history are the same, so the page's serializer keeps its JSON (see `keptRows`); a new row when
 * any of them changed. Rows are never changed once made.
 */
export function upgradeRow(windowsNode: WindowsNode, outcome: UpgradeOutcome): NodeUpgrade {
  const kept = rows.get(windowsNode);
  if (
    kept &&
    kept.state === outcome.state &&
    isDeepStrictEqual(kept.reason, outcome.reason) &&
    isDeepStrictEqual(kept.history, outcome.history)
  )
    return kept;
  const row: NodeUpgrade = {
    name: windowsNode.name,
    source: windowsNode.source,
    origin: windowsNode.origin,
    version: windowsNode.wmcoVersion,
    ready: windowsNode.ready,
    schedulable: windowsNode.schedulable,
    ...outcome,
  };
  rows.set(windowsNode, row);
  return row;
}
