import type { WhoAmI } from '../../server/contract/whoami';
import { useBffQuery } from './useBffQuery';

/** Who the cluster sees acting: the user whose token the console forwards. */
export function useWhoAmI() {
  return useBffQuery<WhoAmI>('/whoami');
}
