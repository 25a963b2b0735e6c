/**
 * Keeps locales/ true to the code. `npm run i18n` regenerates the English catalogue from the code (the
 * literal key of every t('…') and uiText('…') call, read with TypeScript's parser so a key is the source
 * string byte for byte, and every nav label of console-extensions.json) and drops keys the code no longer
 * uses from the other languages; `--check` (in the test run) fails when the English catalogue drifts,
 * when a language misses a key, keeps an unused one, leaves a string empty or breaks its placeholders and
 * plural forms, when the Chinese strays from the guide's terms, and when the BFF could send a sentence
 * instead of a code (a free-text field in the contract, or an English sentence in its code).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { i18nNamespace, pluginLanguages } from '../src/i18n';
import { repositoryRoot as root } from './console-extensions';
import { contractTextFields, productFiles, sentencesIn } from './i18n/bff-messages';
import { catalogueText, englishCatalogue, type Catalogue } from './i18n/english-catalogue';
import { glossaryProblems, type Glossary } from './i18n/glossary';
import { localeProblems, prunedCatalogue } from './i18n/locale-catalogues';

const check = process.argv.includes('--check');
const catalogueFile = (language: string) =>
  path.join(root, 'locales', language, `${i18nNamespace}.json`);
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Catalogue;

/** Contract fields that carry English on purpose, and why the plugin never shows it as ours. */
const englishOnPurpose: Record<string, string> = {
  'health.ts:Health.detail':
    'read by probes and operators on GET /readyz, never shown in the console',
};

async function bffMessageProblems(): Promise<string[]> {
  const contractDir = path.join(root, 'server', 'contract');
  const modules: Record<string, Record<string, unknown>> = {};
  for (const file of readdirSync(contractDir).filter((name) => name.endsWith('.ts'))) {
    modules[file] = (await import(path.join(contractDir, file))) as Record<string, unknown>;
  }
  const fields = contractTextFields(modules)
    .filter((field) => !(field in englishOnPurpose))
    .map(
      (field) =>
        `contract: ${field} carries words of the BFF's: make it a code (server/contract/messages.ts) or mark it Verbatim`,
    );
  // None of the BFF's code may hold a sentence for the user.
  const sentences = sentencesIn(productFiles(path.join(root, 'server', 'src')), root).map(
    (found) => `BFF sentence, not a code: ${found}`,
  );
  return [...fields, ...sentences];
}

const englishFile = catalogueFile('en');
const english = englishCatalogue(root, read(englishFile));
const problems: string[] = [];

if (check) {
  if (readFileSync(englishFile, 'utf8') !== catalogueText(english)) {
    const committed = read(englishFile);
    for (const key of Object.keys(committed).filter((key) => !(key in english)))
      problems.push(`en: not a string of the code (byte for byte): ${JSON.stringify(key)}`);
    for (const key of Object.keys(english).filter((key) => !(key in committed)))
      problems.push(`en: missing ${JSON.stringify(key)}`);
    problems.push('en: out of date with the code: run npm run i18n and commit it');
  }
} else {
  writeFileSync(englishFile, catalogueText(english));
}

const glossary = JSON.parse(
  readFileSync(path.join(root, 'scripts', 'i18n', 'glossary.zh.json'), 'utf8'),
) as Glossary;
for (const language of pluginLanguages.filter((candidate) => candidate !== 'en')) {
  const file = catalogueFile(language);
  const found = existsSync(file) ? read(file) : {};
  const catalogue = check ? found : prunedCatalogue(english, language, found);
  if (!check) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, catalogueText(catalogue));
  }
  problems.push(...localeProblems(english, language, catalogue));
  if (language === 'zh') problems.push(...glossaryProblems(glossary, english, catalogue));
}
problems.push(...(await bffMessageProblems()));

if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`i18n: ${String(problems.length)} problems`);
  process.exit(1);
}
console.log(
  `i18n: ${String(Object.keys(english).length)} English strings; ${pluginLanguages.join(', ')} complete and true to the code`,
);
