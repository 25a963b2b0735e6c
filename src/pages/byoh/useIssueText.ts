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
      case 'ipv6':
        return t('An IPv6 address: WMCO needs an IPv4 address or a DNS name.');
      case 'not-an-address':
        return t('Neither an IPv4 address nor a valid DNS name.');
      case 'value-format':
        return t('The value must be exactly username=<user>.');
      case 'no-user':
        return t('The value names no user after username=.');
      case 'user-whitespace':
        return t('The user name contains a space or a line break.');
      case 'unresolvable':
        return t('Does not resolve to an IPv4 address.');
      case 'duplicate-address':
        return t(
          'Resolves to the same address as {{other}}: WMCO would configure that host twice.',
          {
            other: 'other' in issue ? (issue.other ?? '') : '',
          },
        );
    }
  };
}
