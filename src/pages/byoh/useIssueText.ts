import type { EntryIssue } from '../../../server/contract/byoh';
import { entryIssueWords } from '../../messages/entry-issue-words';
import { useWording } from '../../messages/useWording';
import { say } from '../../messages/wording';
import type { InstanceFormError } from './instance-form';

/** Why an entry (or what is typed for one) would stop WMCO, in the user's language. */
export function useIssueText(): (issue: EntryIssue | { code: InstanceFormError }) => string {
  const wording = useWording();
  const { t } = wording;
  return (issue) => {
    switch (issue.code) {
      case 'required':
        return t('Required.');
      case 'too-long':
        return t('Too long.');
      case 'username-characters':
        return t(
          'A Windows user name: letters, digits, dots, hyphens and underscores, as user, user@domain or DOMAIN\\user.',
        );
      default:
        return say(entryIssueWords, wording, {
          code: issue.code,
          params: { other: 'other' in issue ? issue.other : undefined },
        });
    }
  };
}
