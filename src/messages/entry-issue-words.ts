import type { EntryIssueCatalogue } from '../../server/contract/byoh';
import type { WordsFor } from './wording';

/** Why WMCO would reject a windows-instances entry, in the reader's language. */
export const entryIssueWords: WordsFor<EntryIssueCatalogue> = {
  ipv6: ({ t }) => t('An IPv6 address: WMCO needs an IPv4 address or a DNS name.'),
  'not-an-address': ({ t }) => t('Neither an IPv4 address nor a valid DNS name.'),
  'value-format': ({ t }) => t('The value must be exactly username=<user>.'),
  'no-user': ({ t }) => t('The value names no user after username=.'),
  'user-whitespace': ({ t }) => t('The user name contains a space or a line break.'),
  unresolvable: ({ t }) => t('Does not resolve to an IPv4 address.'),
  'duplicate-address': ({ t }, { other }) =>
    other
      ? t('Resolves to the same address as {{other}}: WMCO would configure that host twice.', {
          other,
        })
      : t('Resolves to the same address as another entry: WMCO would configure that host twice.'),
};
