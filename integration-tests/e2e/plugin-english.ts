import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { i18nNamespace } from '../../src/i18n';

type Catalogue = Record<string, string>;

function catalogue(language: string): Catalogue {
  return JSON.parse(
    readFileSync(
      new URL(`../../locales/${language}/${i18nNamespace}.json`, import.meta.url),
      'utf8',
    ),
  ) as Catalogue;
}

/**
 * Not shown as words of the plugin's: code and data (YAML previews, pasted YAML, commands, inputs),
 * PatternFly's screen-reader-only labels ("Warning alert:"), which PatternFly words itself, Machine API
 * phases, and the console's own nav (its Japanese leaves "Workloads" in English), all but the plugin's links.
 */
const notWords = [
  'nav :is(button, a:not([href^="/windows/"]))',
  'pre',
  'code',
  'textarea',
  'input',
  'select',
  '[data-test^="yaml-"]',
  '[data-test="ami-command"]',
  // Machine API phases, spelled as the API and the console's own Machines page show them.
  '[data-test="machine-phase"]',
  '.pf-v6-screen-reader',
].join(', ');

/**
 * A catalogue text as a pattern: its placeholders stand for any value, and it must stand as words. A
 * one-word text within a run of Latin words is part of a name ("Services" in "Amazon Web Services"), not
 * the plugin's word.
 */
function pattern(text: string): RegExp {
  const body = text
    .split(/\{\{[^}]+\}\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join('[\\s\\S]{1,200}?');
  const [before, after] = /\s/.test(text.trim())
    ? ['(?<![\\p{L}\\p{N}])', '(?![\\p{L}\\p{N}])']
    : ['(?<![\\p{L}\\p{N}]|\\p{Script=Latin} )', '(?![\\p{L}\\p{N}]| \\p{Script=Latin})'];
  return new RegExp(`${before}${body}${after}`, 'u');
}

/**
 * The English texts of the plugin that a page in `language` must not show: every English string whose
 * translation says something else. English the translations keep (product names like WMCO, MachineSet,
 * kubelet, object kinds, `Pending` in "处于 Pending 状态") is not looked for, since it is the language's
 * own wording too.
 */
const englishByLanguage = new Map<string, { text: string; pattern: RegExp }[]>();

function englishOfThePlugin(language: string): { text: string; pattern: RegExp }[] {
  const known = englishByLanguage.get(language);
  if (known) return known;
  const english = catalogue('en');
  const translated = catalogue(language);
  const translations = Object.values(translated).join('\n');
  const texts = new Set<string>();
  for (const [key, text] of Object.entries(english)) {
    const base = key.replace(/_(one|other)$/, '');
    const own = translated[key] ?? translated[`${base}_other`];
    if (own === undefined || own === text) continue;
    texts.add(text);
  }
  const patterns = [...texts]
    .map((text) => ({ text, pattern: pattern(text) }))
    .filter(({ pattern: english }) => !english.test(translations));
  englishByLanguage.set(language, patterns);
  return patterns;
}

/** What the plugin says for an English key in a language: for finding buttons and tabs by name. */
export function pluginWords(language: string): (english: string) => string {
  const translated = catalogue(language);
  return (english) => translated[english] ?? english;
}

/** The words the page shows, as a reader sees them: visible text outside code and form fields. */
async function visibleWords(page: Page): Promise<string> {
  const text = await page.evaluate((skipped) => {
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(skipped) || !parent.checkVisibility()) continue;
      parts.push(node.textContent ?? '');
    }
    return parts.join(' ');
  }, notWords);
  return text.replace(/\s+/g, ' ');
}

/**
 * English of the plugin's on a page meant to be in another language: its catalogue texts, its keys
 * (which are English too), untranslated extension labels and raw placeholders. Empty when the page
 * speaks the language.
 */
export async function pluginEnglishOnPage(page: Page, language: string): Promise<string[]> {
  const words = await visibleWords(page);
  const found = englishOfThePlugin(language)
    .filter(({ pattern: english }) => english.test(words))
    .map(({ text }) => text);
  if (words.includes(`${i18nNamespace}~`)) found.push(`untranslated label (${i18nNamespace}~…)`);
  const raw = /\{\{[^}]*\}\}/.exec(words);
  if (raw) found.push(`raw placeholder ${raw[0]}`);
  return found;
}
