import type { Catalogue } from './english-catalogue';

export interface GlossaryTerm {
  /** The English term, as a regular expression. */
  en: string;
  caseSensitive?: boolean;
  /** What the translation must contain where the English has the term (any one of them). */
  zh: string[];
  note?: string;
}

export interface Glossary {
  source: string;
  terms: GlossaryTerm[];
}

/** Hyphenated words of prose; other lower-case hyphenated words are names (`windows-instances`). */
const proseCompounds = new Set(['cluster-wide', 'platform-agnostic', 'in-tree', 'up-to-date']);

/** English words only: not code (`kubernetes.io/os=windows`, `os.name`, `nodeSelector`), names or placeholders. */
function prose(text: string): string {
  return text
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .split(/\s+/)
    .filter((word) => {
      const bare = word.replace(/^[(“‘"]+|[.,;:!?)”’"]+$/g, '');
      if (/[./=_\\<>]|^[a-z]+[A-Z]/.test(bare)) return false;
      return !/^[a-z0-9]+(-[a-z0-9]+)+$/.test(bare) || proseCompounds.has(bare);
    })
    .join(' ');
}

/** Translations that do not use the glossary's term where the English has it. */
export function glossaryProblems(
  glossary: Glossary,
  english: Catalogue,
  translated: Catalogue,
): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(translated)) {
    const source = prose(english[key] ?? english[key.replace(/_[a-z]+$/, '_other')] ?? key);
    for (const term of glossary.terms) {
      if (!new RegExp(term.en, term.caseSensitive ? '' : 'i').test(source)) continue;
      if (!term.zh.some((word) => value.includes(word))) {
        problems.push(`zh: "${key}" should say ${term.zh.join(' or ')} (glossary: ${term.en})`);
      }
    }
  }
  return problems;
}
