import type { CheckId, CheckResult } from '../../../server/contract/byoh';
import type { CheckText } from '../../messages/check-text';
import { checkTitleWords, describeHostCheck } from '../../messages/check-words';
import { useWording } from '../../messages/useWording';

export type { CheckText };

/** The name of each check, and for each verdict code what was found and how to fix it. */
export function useCheckText(): {
  title: (id: CheckId) => string;
  /** A check's verdict, read among the other checks of its host. */
  describe: (check: CheckResult, checks: readonly CheckResult[]) => CheckText;
} {
  const wording = useWording();
  return {
    title: (id) => checkTitleWords[id](wording),
    describe: (check, checks) => describeHostCheck(wording, check, checks),
  };
}
