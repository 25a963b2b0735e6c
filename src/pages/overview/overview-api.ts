import type { OverviewResponse } from '../../../server/contract/overview';
import { useBffQuery } from '../../api/useBffQuery';
import { useLiveBff } from '../../api/useLiveBff';

/** The overview's reads from the BFF: live on its own page, read once where another page needs it. */

export function useOverview() {
  return useLiveBff<OverviewResponse>('/overview');
}

export function useOverviewOnce() {
  return useBffQuery<OverviewResponse>('/overview');
}
