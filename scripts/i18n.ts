/**
 * Regenerates locales/en/plugin__windows-nodes-plugin.json from the code: every t('…') string plus every
 * `%plugin__windows-nodes-plugin~Label%` of console-extensions.json, keeping the values already there (so
 * English plural forms, `…_other`, are written once by hand). Keys are the source strings byte for byte.
 * With --check, fails when the committed file differs from what the code needs (a key that is not exactly
 * a source string, a missing or a stale one), so translations never drift.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { consoleExtensions, repositoryRoot } from './console-extensions';
import { sourceStrings } from './i18n-source-strings';
import { i18nNamespace } from '../src/i18n';

const localeFile = path.join(repositoryRoot, 'locales', 'en', `${i18nNamespace}.json`);
const check = process.argv.includes('--check');
const committed = JSON.parse(readFileSync(localeFile, 'utf8')) as Record<string, string>;

function keysOfCode(): string[] {
  const src = path.join(repositoryRoot, 'src');
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.test.ts'))
    .map((file) => path.join(src, file));
  const machineSets = path.join(repositoryRoot, 'server', 'src', 'domain', 'machinesets');
  const platforms = readdirSync(machineSets)
    .filter((file) => file.endsWith('-platform.ts'))
    .map((file) => path.join(machineSets, file));
  return sourceStrings([...files, ...platforms]).flatMap(({ key, plural }) =>
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

const keys = [...new Set([...keysOfCode(), ...extensionLabels()])].sort((a, b) =>
  a.localeCompare(b),
);
const sorted = Object.fromEntries(
  keys.map((key) => [key, committed[key] ?? key.replace(/_(one|other)$/, '')]),
);
const expected = `${JSON.stringify(sorted, null, 2)}\n`;

if (check) {
  const wanted = new Set(keys);
  const stale = Object.keys(committed).filter((key) => !wanted.has(key));
  const missing = keys.filter((key) => !(key in committed));
  for (const key of stale)
    console.error(`not a string of the code (byte for byte): ${JSON.stringify(key)}`);
  for (const key of missing) console.error(`missing: ${JSON.stringify(key)}`);
  if (readFileSync(localeFile, 'utf8') !== expected) {
    console.error(
      `${path.relative(repositoryRoot, localeFile)} is out of date with the code: run npm run i18n and commit it.`,
    );
    process.exit(1);
  }
  console.log(`i18n: ${keys.length} strings, locales match the code`);
} else {
  writeFileSync(localeFile, expected);
  console.log(`i18n: wrote ${keys.length} strings to ${path.relative(repositoryRoot, localeFile)}`);
}
