import type { NodesResponse } from '../../../server/contract/nodes';
import { useLiveBff } from '../../api/useLiveBff';

/** The nodes page's read from the BFF, live. */
export function useWindowsNodes() {
  return useLiveBff<NodesResponse>('/nodes');
}
