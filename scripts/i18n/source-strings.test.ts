import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sourceStringsOf } from './source-strings';

test('keys are the literal first argument of t(), wording.t() and uiText(), escapes read', () => {
  const found = sourceStringsOf(
    'sample.ts',
    [
      "t('Plain');",
      "wording.t('{{count}} nodes', { count: 2 });",
      "uiText('C:\\\\ProgramData\\\\tools.conf');",
      't(`Template`);',
      't(computed);',
      "other('Not a key');",
      "i18n.changeLanguage('zh');",
    ].join('\n'),
  );
  assert.deepEqual(found, [
    { key: 'Plain', plural: false },
    { key: '{{count}} nodes', plural: true },
    { key: 'C:\\ProgramData\\tools.conf', plural: false },
    { key: 'Template', plural: false },
  ]);
});
