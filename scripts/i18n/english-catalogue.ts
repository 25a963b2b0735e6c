import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extensions } from '../../src/extensions';
import { i18nNamespace } from '../../src/i18n';

export type Catalogue = Record<string, string>;

function extractedFromCode(root: string, englishFile: string): Catalogue {
  const outputDir = mkdtempSync(path.join(tmpdir(), 'i18n-'));
  // The parser keeps values it finds in its output, so plural forms written by hand (`…_other`) survive.
  mkdirSync(path.join(outputDir, 'en'));
  copyFileSync(englishFile, path.join(outputDir, 'en', `${i18nNamespace}.json`));
  try {
    execFileSync(
      path.join(root, 'node_modules', '.bin', 'i18next'),
      ['--config', 'i18next-parser.config.mjs', '--silent'],
      { cwd: root, env: { ...process.env, I18N_OUTPUT_DIR: outputDir }, stdio: 'inherit' },
    );
    return JSON.parse(
      readFileSync(path.join(outputDir, 'en', `${i18nNamespace}.json`), 'utf8'),
    ) as Catalogue;
  } finally {
    rmSync(outputDir, { recursive: true, force: true });
  }
}

function extensionLabels(): string[] {
  const pattern = new RegExp(`%${i18nNamespace}~([^%]+)%`, 'g');
  return [...JSON.stringify(extensions).matchAll(pattern)].map((match) => match[1] ?? '');
}

/**
 * The English strings the code needs: every t('…') string plus every `%plugin__…~Label%` of the console
 * extensions, keeping the values already there (English plural forms, `…_one`/`…_other`, are written
 * once by hand), sorted.
 */
export function englishCatalogue(root: string, englishFile: string): Catalogue {
  const strings = extractedFromCode(root, englishFile);
  for (const label of extensionLabels()) strings[label] = label;
  return sortedCatalogue(strings);
}

export function sortedCatalogue(strings: Catalogue): Catalogue {
  return Object.fromEntries(Object.entries(strings).sort(([a], [b]) => a.localeCompare(b)));
}

export function catalogueText(catalogue: Catalogue): string {
  return `${JSON.stringify(catalogue, null, 2)}\n`;
}
