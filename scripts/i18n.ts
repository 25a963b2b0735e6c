/**
 * Regenerates locales/en/plugin__windows-nodes-plugin.json from the code: every t('…') string plus every
 * `%plugin__windows-nodes-plugin~Label%` of the console extensions, keeping the values already there (so
 * English plural forms, `…_other`, are written once by hand). With --check, fails when the committed file
 * differs from what the code needs, so translations never drift.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extensions } from '../src/extensions';
import { i18nNamespace } from '../src/i18n';

const root = path.resolve(import.meta.dirname, '..');
const localeFile = path.join(root, 'locales', 'en', `${i18nNamespace}.json`);
const check = process.argv.includes('--check');

function extractedFromCode(): Record<string, string> {
  const outputDir = mkdtempSync(path.join(tmpdir(), 'i18n-'));
  // The parser keeps values it finds in its output, so plural forms written by hand (`…_other`) survive.
  mkdirSync(path.join(outputDir, 'en'));
  copyFileSync(localeFile, path.join(outputDir, 'en', `${i18nNamespace}.json`));
  try {
    execFileSync(
      path.join(root, 'node_modules', '.bin', 'i18next'),
      ['--config', 'i18next-parser.config.mjs', '--silent'],
      {
        cwd: root,
        env: { ...process.env, I18N_OUTPUT_DIR: outputDir },
        stdio: 'inherit',
      },
    );
    return JSON.parse(
      readFileSync(path.join(outputDir, 'en', `${i18nNamespace}.json`), 'utf8'),
    ) as Record<string, string>;
  } finally {
    rmSync(outputDir, { recursive: true, force: true });
  }
}

function extensionLabels(): string[] {
  const pattern = new RegExp(`%${i18nNamespace}~([^%]+)%`, 'g');
  return [...JSON.stringify(extensions).matchAll(pattern)].map((match) => match[1] ?? '');
}

const strings = extractedFromCode();
for (const label of extensionLabels()) strings[label] = label;
const sorted = Object.fromEntries(Object.entries(strings).sort(([a], [b]) => a.localeCompare(b)));
const expected = `${JSON.stringify(sorted, null, 2)}\n`;

if (check) {
  const committed = readFileSync(localeFile, 'utf8');
  if (committed !== expected) {
    console.error(
      `${path.relative(root, localeFile)} is out of date with the code: run npm run i18n and commit it.`,
    );
    process.exit(1);
  }
  console.log(`i18n: ${Object.keys(sorted).length} strings, locales match the code`);
} else {
  writeFileSync(localeFile, expected);
  console.log(
    `i18n: wrote ${Object.keys(sorted).length} strings to ${path.relative(root, localeFile)}`,
  );
}
