import type { EntryIssue } from '../../../server/contract/byoh';
import { usePluginTranslation } from '../../i18n';
import type { InstanceFormError } from './instance-form';

/** Why an entry (or what is typed for one) would stop WMCO, in the user's language. */
export function useIssueText(): (issue: EntryIssue | { code: InstanceFormError }) => string {
  const { t } = usePluginTranslation();
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
      case 'port':
        return t('A port is not allowed: WMCO always connects to port 22.');
      case 'ipv6':
        return t('An IPv6 address: WMCO resolves keys to IPv4 only.');
      case 'not-an-address':
        return t('Neither an IPv4 address nor a name WMCO’s resolver would look up.');
      case 'value-format':
        return t('The value must start with username= (lower case, no spaces).');
      case 'username-without-equals':
        return t(
          'The value is username without =: WMCO’s parser fails on it (before WMCO 10.18 the operator crashes).',
        );
      case 'no-user':
        return t('No user after username=: WMCO accepts it, and its login to this host fails.');
      case 'user-whitespace':
        return t(
          'The user name contains a space or a line break: WMCO keeps it as typed, so its login fails (this plugin is stricter than WMCO, which accepts it).',
        );
      case 'user-characters':
        return t(
          'The user name contains characters Windows does not allow: WMCO accepts it, and its login to this host fails.',
        );
      case 'unresolvable':
        return t(
          'Does not resolve to an IPv4 address (hosts file, then DNS, as this plugin sees them; WMCO resolves from its own pod).',
        );
      case 'duplicate-address':
        return t(
          'Redundant: resolves to the same address as {{other}}. WMCO accepts both; remove one.',
          {
            other: 'other' in issue ? (issue.other ?? '') : '',
          },
        );
    }
  };
}
