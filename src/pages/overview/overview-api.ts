import type { MonitoringRestartResult } from '../../../server/contract/monitoring';
import type { OverviewResponse } from '../../../server/contract/overview';
import { postToBff } from '../../api/bff-client';
import { useBffQuery } from '../../api/useBffQuery';
import { useLiveBff } from '../../api/useLiveBff';

/** The overview's reads from the BFF: live on its own page, read once where another page needs it. */

export function useOverview() {
  return useLiveBff<OverviewResponse>('/overview');
}

export function useOverviewOnce() {
  return useBffQuery<OverviewResponse>('/overview');
}

/** Labels WMCO's namespace for cluster monitoring (if it is not) and restarts WMCO's pod. */
export function enableMonitoring() {
  return postToBff<MonitoringRestartResult>('/install/monitoring');
}
