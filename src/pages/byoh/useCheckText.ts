import type { CheckId, CheckResult } from '../../../server/contract/byoh';
import { checkTitleWords, describeCheck, type CheckText } from '../../messages/check-words';
import { useWording } from '../../messages/useWording';

export type { CheckText };

/** The name of each check, and for each verdict code what was found and how to fix it. */
export function useCheckText(): {
  title: (id: CheckId) => string;
  describe: (check: CheckResult) => CheckText;
} {
  const wording = useWording();
  return {
    title: (id) => checkTitleWords[id](wording),
    describe: (check) => describeCheck(wording, check),
  };
}
