import { test } from 'node:test';
import assert from 'node:assert/strict';
import Type from 'typebox';
import { Verbatim } from '../../server/contract/messages';
import { contractTextFields, sentenceLiterals } from './bff-messages';

test('a free-text field of the contract is found; codes and the cluster’s own words are not', () => {
  const Finding = Type.Object({
    code: Type.Enum(['a', 'b']),
    title: Type.String(),
    fix: Type.Object({ label: Type.String(), route: Type.String() }),
    warnings: Type.Array(Type.String()),
    message: Verbatim('what the API server said'),
    severity: Type.Literal('ok'),
  });
  const catalogue = { 'some-code': Type.Object({ detail: Type.String(), name: Type.String() }) };
  assert.deepEqual(contractTextFields({ 'x.ts': { Finding, catalogue } }), [
    'x.ts:Finding.title',
    'x.ts:Finding.fix.label',
    'x.ts:Finding.warnings',
    "x.ts:catalogue['some-code'].detail",
  ]);
});

test('English sentences in the BFF are found; words for the log, the API docs and the translator are not', () => {
  const source = [
    "export const a = () => ({ title: 'The node is not ready' });",
    'export const b = (n: string) => `Node ${n} has no build label`;',
    "export const c = () => { throw new Error('this never reaches a person'); };",
    "export const d = 'node-role.kubernetes.io/worker';",
    '// i18n-exempt: a program, not words',
    "export const e = 'Write-Host hello to the console';",
    "throw new HttpError(404, 'The node is not listed here');",
    "request.log.warn({ err }, 'cannot read the cluster version');",
    "const f = { label: uiText('Name of the image') };",
    "app.get('/x', routeOptions(['x'], 'What the page shows about nodes', {}));",
    "const g = { summary: 'Nodes with their build and state', help: 'Requests by route and status' };",
  ].join('\n');
  assert.deepEqual(sentenceLiterals('rules.ts', source), [
    'rules.ts:1: The node is not ready',
    'rules.ts:2: Node … has no build label',
    'rules.ts:7: The node is not listed here',
  ]);
});
