import type { KeyRotationReach } from '../../../contract/install';
import type { WindowsNode } from '../../../contract/nodes';

/**
 * What a new key reaches: WMCO recreates each Machine-backed Windows node (BYOH nodes are not
 * recreated), and every windows-instances entry, joined or not, is reached over SSH with the key.
 * Undefined where what would be counted could not be read.
 */
export function keyRotationReach(
  nodes: readonly WindowsNode[] | undefined,
  instances: Readonly<Record<string, string>> | undefined,
): KeyRotationReach {
  return {
    machineNodes: nodes?.filter((node) => node.source === 'MachineSet').length,
    byohHosts: instances ? Object.keys(instances).length : undefined,
  };
}
