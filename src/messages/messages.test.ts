/**
 * Every code of every catalogue the BFF sends, worded in every language the console speaks, with
 * params as the BFF fills them: no key missing, no `{{param}}` left raw, no empty text, and every value
 * the code names shown. The tables cover their catalogues exactly (the compiler says so too).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import type { TSchema } from 'typebox';
import { checkCatalogue, entryIssueCatalogue } from '../../server/contract/byoh';
import { errorCatalogue } from '../../server/contract/errors';
import { FindingAction, findingCatalogue } from '../../server/contract/findings';
import { GuideSection } from '../../server/contract/guide';
import { installStepCatalogue, installWarningCatalogue } from '../../server/contract/install';
import { machineSetProblemCatalogue } from '../../server/contract/machinesets';
import type { Catalogue } from '../../server/contract/messages';
import {
  NotChecked,
  sampleWarningCatalogue,
  workloadFindingCatalogue,
  workloadFixCatalogue,
  workloadSignalCatalogue,
} from '../../server/contract/workloads';
import { NodeUpgradeState, UpgradeReasonCode } from '../../server/contract/upgrades';
import { i18nNamespace, pluginLanguages } from '../i18n';
import { checkTitleWords } from './check-title-words';
import { checkWords } from './check-words';
import { entryIssueWords } from './entry-issue-words';
import { errorWords } from './error-words';
import { findingActionWords, findingWords } from './finding-words';
import { guideUrl } from './guide';
import { installStepWords, installWarningWords } from './install-words';
import { machineSetProblemWords } from './machine-set-problem-words';
import { sampleWarningWords } from './sample-words';
import { upgradeReasonWords, upgradeStateWords } from './upgrade-words';
import { wordingFor, type Wording, type WordsFor } from './wording';
import { notCheckedWords, workloadFindingWords, workloadSignalWords } from './workload-check-words';
import { workloadFixWords } from './workload-fix-words';

/** The console's i18next settings, one language, no fallback: a missing key shows as missing. */
function wordingIn(language: string, missing: string[]): Wording {
  const catalogue = JSON.parse(
    readFileSync(
      new URL(`../../locales/${language}/${i18nNamespace}.json`, import.meta.url),
      'utf8',
    ),
  ) as Record<string, string>;
  const i18n = i18next.createInstance();
  void i18n.init({
    lng: language,
    fallbackLng: false,
    initAsync: false,
    resources: { [language]: { [i18nNamespace]: catalogue } },
    ns: [i18nNamespace],
    defaultNS: i18nNamespace,
    nsSeparator: '~',
    keySeparator: false,
    contextSeparator: '~',
    interpolation: { escapeValue: false },
    saveMissing: true,
    missingKeyHandler: (_languages, _namespace, key) => missing.push(key),
  });
  return wordingFor((key, options) => i18n.t(key, options), language);
}

interface Sample {
  params: Record<string, unknown>;
  /** Values the text must show as they are. */
  shown: string[];
}

function literals(schema: TSchema): string[] | undefined {
  const { enum: values, anyOf } = schema as { enum?: string[]; anyOf?: { const?: string }[] };
  if (values) return values;
  const consts = anyOf?.map((branch) => branch.const);
  return consts?.every((value) => value !== undefined) ? consts : undefined;
}

/**
 * Params for a code as the BFF fills them: each enum value in turn, each optional value present and
 * absent, `count` as given. The text must show every required value that is not a code.
 */
function samples(params: TSchema, count: number): Sample[] {
  let variants: Sample[] = [{ params: {}, shown: [] }];
  const { properties = {}, required = [] } = params as {
    properties?: Record<string, TSchema>;
    required?: string[];
  };
  for (const [name, schema] of Object.entries(properties)) {
    const { type, items, format } = schema as { type?: string; items?: TSchema; format?: string };
    const choices = literals(schema);
    const itemChoices = items ? literals(items) : undefined;
    const options: { value: unknown; shown: string[] }[] = choices
      ? choices.map((value) => ({ value, shown: [] }))
      : type === 'number' || type === 'integer'
        ? [{ value: count, shown: [] }]
        : type === 'array'
          ? [
              itemChoices
                ? { value: itemChoices.slice(0, 1), shown: [] }
                : { value: [`‹${name}1›`, `‹${name}2›`], shown: [`‹${name}1›`, `‹${name}2›`] },
            ]
          : name === 'count'
            ? [{ value: String(count), shown: [] }]
            : format === 'date-time' // shown as the language writes times
              ? [{ value: '2026-12-01T10:05:00.000Z', shown: [] }]
              : [{ value: `‹${name}›`, shown: [`‹${name}›`] }];
    const optional = !required.includes(name);
    if (optional) options.push({ value: undefined, shown: [] });
    variants = variants.flatMap((variant) =>
      options.map((option) => ({
        params: { ...variant.params, [name]: option.value },
        shown: optional ? variant.shown : [...variant.shown, ...option.shown],
      })),
    );
  }
  return variants;
}

function texts(result: unknown): string[] {
  if (typeof result === 'string') return [result];
  return Object.values(result as Record<string, string | undefined>).filter(
    (value): value is string => value !== undefined,
  );
}

function assertWords<C extends Catalogue, R>(
  name: string,
  catalogue: C,
  table: WordsFor<C, R>,
): void {
  test(`${name}: every code is worded, in every language`, () => {
    assert.deepEqual(Object.keys(table).sort(), Object.keys(catalogue).sort());
    for (const language of pluginLanguages) {
      const missing: string[] = [];
      const wording = wordingIn(language, missing);
      for (const [code, params] of Object.entries(catalogue)) {
        for (const count of [1, 3]) {
          for (const sample of samples(params, count)) {
            const words = table[code as keyof C & string] as (w: Wording, p: object) => R;
            const where = `${language} ${code} ${JSON.stringify(sample.params)}`;
            const all = texts(words(wording, sample.params));
            for (const text of all) {
              assert.ok(text.trim().length > 0, `${where}: empty`);
              assert.doesNotMatch(text, /\{\{|\}\}/, `${where}: ${text}`);
            }
            for (const value of sample.shown) {
              assert.ok(
                all.join(' ').includes(value),
                `${where} leaves out ${value}: ${all.join(' ')}`,
              );
            }
          }
        }
      }
      assert.deepEqual(missing, [], `${language}: keys missing`);
    }
  });
}

assertWords('overview findings', findingCatalogue, findingWords);
assertWords('workload findings', workloadFindingCatalogue, workloadFindingWords);
assertWords('workload fixes', workloadFixCatalogue, workloadFixWords);
assertWords('workload signals', workloadSignalCatalogue, workloadSignalWords);
assertWords('preflight checks', checkCatalogue, checkWords);
assertWords('BYOH entry issues', entryIssueCatalogue, entryIssueWords);
assertWords('MachineSet problems', machineSetProblemCatalogue, machineSetProblemWords);
assertWords('install steps', installStepCatalogue, installStepWords);
assertWords('install warnings', installWarningCatalogue, installWarningWords);
assertWords('sample warnings', sampleWarningCatalogue, sampleWarningWords);
assertWords('errors', errorCatalogue, errorWords);

/** Word lists keyed by a union rather than a catalogue: each value, in each language. */
const unions: [string, string[], (wording: Wording, value: string) => string][] = [
  [
    'finding actions',
    literals(FindingAction) ?? [],
    (w, v) => findingActionWords[v as FindingAction](w),
  ],
  ['not checked', literals(NotChecked) ?? [], (w, v) => notCheckedWords[v as NotChecked](w)],
  [
    'check names',
    Object.keys(checkTitleWords),
    (w, v) => checkTitleWords[v as keyof typeof checkTitleWords](w),
  ],
  [
    'upgrade states',
    literals(NodeUpgradeState) ?? [],
    (w, v) => upgradeStateWords[v as NodeUpgradeState](w),
  ],
  [
    'upgrade reasons',
    literals(UpgradeReasonCode) ?? [],
    (w, v) =>
      upgradeReasonWords[v as UpgradeReasonCode](w, {
        code: v as UpgradeReasonCode,
        budgets: ['team-a/web-pdb'],
        message: '‹message›',
        since: '2026-11-22T12:00:00Z',
      }),
  ],
];
for (const [name, values, word] of unions) {
  test(`${name}: every value is worded, in every language`, () => {
    assert.ok(values.length > 0);
    for (const language of pluginLanguages) {
      const missing: string[] = [];
      const wording = wordingIn(language, missing);
      for (const value of values) {
        const text = word(wording, value);
        assert.ok(text.trim().length > 0 && !/\{\{/.test(text), `${language} ${value}: ${text}`);
      }
      assert.deepEqual(missing, [], `${language}: keys missing`);
    }
  });
}

test('guide links go to the reader’s edition where Red Hat translated it, else to the English one', () => {
  const sections = literals(GuideSection) ?? [];
  assert.ok(sections.length > 0);
  for (const section of sections) {
    const url = guideUrl('zh-CN', section as GuideSection);
    assert.match(url, /^https:\/\/docs\.redhat\.com\/zh-cn\/documentation\/.+#[a-z0-9_-]+$/);
  }
  assert.match(
    guideUrl('ja', '6.2'),
    /^https:\/\/docs\.redhat\.com\/ja\/.+#creating-runtimeclass_/,
  );
  assert.match(guideUrl('ko', '4.1'), /^https:\/\/docs\.redhat\.com\/ko\//);
  assert.match(guideUrl('fr', '4.1'), /^https:\/\/docs\.redhat\.com\/en\//);
  assert.match(guideUrl('es', '4.1'), /^https:\/\/docs\.redhat\.com\/en\//);
  assert.match(guideUrl('en-US', '4.1'), /^https:\/\/docs\.redhat\.com\/en\//);
});
