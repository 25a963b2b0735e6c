import { test } from 'node:test';
import assert from 'node:assert/strict';
import { glossaryProblems } from './glossary';

const glossary = {
  source: 'test',
  terms: [
    { en: '\\bnodes?\\b', zh: ['节点'] },
    { en: '\\btolerations?\\b', zh: ['容限'] },
  ],
};

test('the Chinese must use the guide’s term where the English has it', () => {
  const english = {
    'The node is Ready': 'The node is Ready',
    'Add a toleration': 'Add a toleration',
  };
  assert.deepEqual(
    glossaryProblems(glossary, english, {
      'The node is Ready': '节点已就绪',
      'Add a toleration': '添加容忍',
    }),
    ['zh: "Add a toleration" should say 容限 (glossary: \\btolerations?\\b)'],
  );
});

test('code, placeholders and camelCase fields are not prose', () => {
  const english = { key: 'Set nodeSelector kubernetes.io/os=windows and {{node}}' };
  assert.deepEqual(glossaryProblems(glossary, english, { key: '设置 nodeSelector' }), []);
});
