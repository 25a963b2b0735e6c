import type { EntryIssueCatalogue } from '../../server/contract/byoh';
import type { WordsFor } from './wording';

/** What is wrong with a windows-instances entry, in the reader's language. */
export const entryIssueWords: WordsFor<EntryIssueCatalogue> = {
  port: ({ t }) => t('A port is not allowed: WMCO always connects to port 22.'),
  ipv6: ({ t }) => t('An IPv6 address: WMCO resolves keys to IPv4 only.'),
  'not-an-address': ({ t }) =>
    t('Neither an IPv4 address nor a name WMCO’s resolver would look up.'),
  'value-format': ({ t }) => t('The value must start with username= (lower case, no spaces).'),
  'username-without-equals': ({ t }) =>
    t(
      'The value is username without =: WMCO’s parser fails on it (before WMCO 10.18 the operator crashes).',
    ),
  unresolvable: ({ t }) =>
    t(
      'Does not resolve to an IPv4 address (hosts file, then DNS, as this plugin sees them; WMCO resolves from its own pod).',
    ),
  'no-user': ({ t }) =>
    t('No user after username=: WMCO accepts it, and its login to this host fails.'),
  'user-whitespace': ({ t }) =>
    t(
      'The user name contains a space or a line break: WMCO keeps it as typed, so its login fails (this plugin is stricter than WMCO, which accepts it).',
    ),
  'user-characters': ({ t }) =>
    t(
      'The user name contains characters Windows does not allow: WMCO accepts it, and its login to this host fails.',
    ),
  'duplicate-address': ({ t }, { other }) =>
    other
      ? t('Redundant: resolves to the same address as {{other}}. WMCO accepts both; remove one.', {
          other,
        })
      : t(
          'Redundant: resolves to the same address as another entry. WMCO accepts both; remove one.',
        ),
};
