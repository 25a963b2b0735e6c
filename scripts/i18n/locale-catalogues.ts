import type { Catalogue } from './english-catalogue';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const placeholder = /\{\{\s*([^,}\s]+)[^}]*\}\}/g;

/** Keys whose English entry has plural forms: `base_one` and `base_other`. */
function pluralBases(english: Catalogue): Set<string> {
  return new Set(
    Object.keys(english)
      .filter((key) => key.endsWith('_other'))
      .map((key) => key.replace(pluralSuffix, '')),
  );
}

/** The plural forms a language needs, as i18next picks them (Intl.PluralRules). */
export function pluralCategories(language: string): string[] {
  return new Intl.PluralRules(language).resolvedOptions().pluralCategories;
}

/** Every key a language's catalogue must have: the English keys, with that language's plural forms. */
export function expectedKeys(english: Catalogue, language: string): Map<string, string> {
  const bases = pluralBases(english);
  const expected = new Map<string, string>();
  for (const key of Object.keys(english)) {
    const base = key.replace(pluralSuffix, '');
    if (key === base || !bases.has(base)) expected.set(key, key);
  }
  for (const base of bases) {
    for (const category of pluralCategories(language)) {
      expected.set(`${base}_${category}`, `${base}_other`);
    }
  }
  return expected;
}

function placeholders(text: string): Set<string> {
  return new Set([...text.matchAll(placeholder)].map((match) => match[1] ?? ''));
}

/**
 * What is wrong with one language's catalogue against the English one: keys missing or no longer used,
 * empty strings, placeholders the English text does not have or leaves out (`count` may be left out
 * of the `one`, `two` and `zero` forms: "one node" needs no number), and keys the console's plural
 * converter would rename (`_0`, `_plural`).
 */
export function localeProblems(
  english: Catalogue,
  language: string,
  catalogue: Catalogue,
): string[] {
  const problems: string[] = [];
  const expected = expectedKeys(english, language);
  for (const [key, source] of expected) {
    const value = catalogue[key];
    if (value === undefined) {
      problems.push(`${language}: missing "${key}"`);
      continue;
    }
    if (value.trim() === '') problems.push(`${language}: empty "${key}"`);
    const wanted = placeholders(english[source] ?? source);
    const found = placeholders(value);
    for (const name of found) {
      if (!wanted.has(name))
        problems.push(`${language}: "${key}" has {{${name}}}, English has not`);
    }
    for (const name of wanted) {
      const optional = name === 'count' && /_(zero|one|two)$/.test(key);
      if (!found.has(name) && !optional) {
        problems.push(`${language}: "${key}" leaves out {{${name}}}`);
      }
    }
  }
  for (const key of Object.keys(catalogue)) {
    if (!expected.has(key)) problems.push(`${language}: "${key}" is not used`);
    // eslint-disable-next-line no-control-regex -- exactly what is looked for
    if (/[\u0000-\u001f]/.test(key)) {
      problems.push(`${language}: "${key}" holds a control character: t() never asks for it`);
    }
    if (/_(\d+|plural)$/.test(key)) {
      problems.push(`${language}: "${key}" would be renamed by the console's plural converter`);
    }
  }
  return problems;
}

/** A language's catalogue with the keys the code no longer uses removed, in key order. */
export function prunedCatalogue(
  english: Catalogue,
  language: string,
  catalogue: Catalogue,
): Catalogue {
  const expected = expectedKeys(english, language);
  return Object.fromEntries(
    Object.entries(catalogue)
      .filter(([key]) => expected.has(key))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}
