import { readdirSync } from 'node:fs';
import path from 'node:path';
import { i18nNamespace } from '../../src/i18n';
import { consoleExtensions } from '../console-extensions';
import { sourceStrings } from './source-strings';

export type Catalogue = Record<string, string>;

const isProductSource = (file: string) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file);

/** The plugin's files and the MachineSet platform modules (their `uiText` form texts). */
function translatedFiles(root: string): string[] {
  const src = path.join(root, 'src');
  const plugin = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((file) => isProductSource(file) && !file.startsWith('__mocks__'))
    .map((file) => path.join(src, file));
  const machineSets = path.join(root, 'server', 'src', 'domain', 'machinesets');
  const platforms = readdirSync(machineSets)
    .filter((file) => file.endsWith('-platform.ts'))
    .map((file) => path.join(machineSets, file));
  return [...plugin, ...platforms];
}

/** Keys of the code: a `t()` with a `count` needs `<key>_one` and `<key>_other` in English. */
function keysOfCode(root: string): string[] {
  return sourceStrings(translatedFiles(root)).flatMap(({ key, plural }) =>
    plural ? [`${key}_one`, `${key}_other`] : [key],
  );
}

/** The labels the console translates in the plugin's namespace: `%<namespace>~<key>%` strings. */
function extensionLabels(value: unknown = consoleExtensions): string[] {
  if (typeof value === 'string') {
    const label = new RegExp(`^%${i18nNamespace}~(.+)%$`).exec(value)?.[1];
    return label === undefined ? [] : [label];
  }
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap((inner: unknown) => extensionLabels(inner));
}

/**
 * The English strings the code needs: every literal `t('…')`/`uiText('…')` key, byte for byte, plus every
 * nav label of console-extensions.json, keeping the values already written (English plural forms,
 * `…_one`/`…_other`, are written once by hand), sorted.
 */
export function englishCatalogue(root: string, committed: Catalogue): Catalogue {
  const keys = new Set([...keysOfCode(root), ...extensionLabels()]);
  return sortedCatalogue(
    Object.fromEntries(
      [...keys].map((key) => [key, committed[key] ?? key.replace(/_(one|other)$/, '')]),
    ),
  );
}

export function sortedCatalogue(strings: Catalogue): Catalogue {
  return Object.fromEntries(Object.entries(strings).sort(([a], [b]) => a.localeCompare(b)));
}

export function catalogueText(catalogue: Catalogue): string {
  return `${JSON.stringify(catalogue, null, 2)}\n`;
}
