import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectedKeys, localeProblems, prunedCatalogue } from './locale-catalogues';

const english = {
  'Hello {{name}}': 'Hello {{name}}',
  '{{count}} node is Ready_one': '{{count}} node is Ready',
  '{{count}} node is Ready_other': '{{count}} nodes are Ready',
};

test('each language needs its own plural forms of a plural key', () => {
  assert.deepEqual([...expectedKeys(english, 'zh').keys()].sort(), [
    'Hello {{name}}',
    '{{count}} node is Ready_other',
  ]);
  assert.deepEqual([...expectedKeys(english, 'fr').keys()].sort(), [
    'Hello {{name}}',
    '{{count}} node is Ready_many',
    '{{count}} node is Ready_one',
    '{{count}} node is Ready_other',
  ]);
});

test('a complete catalogue has no problems; "one" may leave the count out', () => {
  const zh = {
    'Hello {{name}}': '你好 {{name}}',
    '{{count}} node is Ready_other': '{{count}} 个节点就绪',
  };
  assert.deepEqual(localeProblems(english, 'zh', zh), []);
  const es = {
    'Hello {{name}}': 'Hola {{name}}',
    '{{count}} node is Ready_one': 'Un nodo está listo',
    '{{count}} node is Ready_many': '{{count}} nodos están listos',
    '{{count}} node is Ready_other': '{{count}} nodos están listos',
  };
  assert.deepEqual(localeProblems(english, 'es', es), []);
});

test('missing, unused, empty, broken placeholders and converter-renamed keys are all problems', () => {
  const zh = {
    'Hello {{name}}': '你好 {{user}}',
    '{{count}} node is Ready_other': '',
    Gone: '走了',
    Old_0: '旧',
  };
  assert.deepEqual(localeProblems(english, 'zh', zh).sort(), [
    'zh: "Gone" is not used',
    'zh: "Hello {{name}}" has {{user}}, English has not',
    'zh: "Hello {{name}}" leaves out {{name}}',
    'zh: "Old_0" is not used',
    'zh: "Old_0" would be renamed by the console\'s plural converter',
    'zh: "{{count}} node is Ready_other" leaves out {{count}}',
    'zh: empty "{{count}} node is Ready_other"',
  ]);
  assert.deepEqual(localeProblems(english, 'ja', {}).length, 2);
});

test('pruning keeps what is still used, and drops the rest', () => {
  assert.deepEqual(
    prunedCatalogue(english, 'ko', { 'Hello {{name}}': '안녕 {{name}}', Gone: 'x' }),
    {
      'Hello {{name}}': '안녕 {{name}}',
    },
  );
});
