import type { EntryIssueCode } from '../../server/contract/byoh';
import type { FindingCatalogue } from '../../server/contract/findings';
import { entryIssueWords } from './entry-issue-words';
import type { FindingText } from './finding-text';
import { say, type Wording, type WordsFor } from './wording';

interface NamedEntries {
  addresses: string[];
  issues: EntryIssueCode[];
  others?: string[];
}

/** Each named entry as `address: what is wrong with it`. */
function entrySentences(w: Wording, { addresses, issues, others }: NamedEntries): string[] {
  return addresses.map((address, index) => {
    const other = others?.[index] ?? '';
    const issue = say(entryIssueWords, w, {
      code: issues[index] ?? 'value-format',
      params: { other: other === '' ? undefined : other },
    });
    return `${address}: ${issue}`;
  });
}

/** The Overview's judgement of windows-instances: what blocks all BYOH hosts, and what needs a look. */
export const byohFindingWords = {
  'byoh-malformed-entries': (w, entries) => ({
    title: w.t('{{count}} malformed windows-instances entry blocks all BYOH hosts', {
      count: entries.count,
    }),
    detail: w.sentences(
      w.t(
        'While WMCO’s parser rejects any entry, WMCO configures and removes no BYOH host at all and stops approving their certificates.',
      ),
      ...entrySentences(w, entries),
    ),
  }),
  'byoh-entry-cautions': (w, entries) => ({
    title: w.t('{{count}} windows-instances entry needs attention', { count: entries.count }),
    detail: w.sentences(
      w.t('WMCO accepts these entries, and the other hosts are not affected.'),
      ...entrySentences(w, entries),
    ),
  }),
} satisfies Partial<WordsFor<FindingCatalogue, FindingText>>;
