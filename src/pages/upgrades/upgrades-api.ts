import type { UpgradesResponse } from '../../../server/contract/upgrades';
import { useLiveBff } from '../../api/useLiveBff';

/** The upgrades page's read from the BFF, live; approving an update is the install flow's call. */
export function useUpgrades() {
  return useLiveBff<UpgradesResponse>('/upgrades');
}
