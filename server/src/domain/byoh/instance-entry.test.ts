import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  instanceEntryIssue,
  instanceValue,
  judgeResolvedEntries,
  usernameOf,
} from './instance-entry';

const shapeCases: [address: string, value: string, code: string | undefined][] = [
  ['10.1.42.1', 'username=Administrator', undefined],
  ['Win-Host.Example.com', 'username=core', undefined],
  ['fd00::10', 'username=Administrator', 'ipv6'],
  ['10.1.42', 'username=Administrator', 'not-an-address'],
  ['256.1.42.1', 'username=Administrator', 'not-an-address'],
  ['010.1.42.1', 'username=Administrator', 'not-an-address'],
  ['::ffff:10.1.42.1', 'username=Administrator', 'ipv6'],
  ['host_name.example.com', 'username=Administrator', 'not-an-address'],
  ['10.1.42.1', 'Administrator', 'value-format'],
  ['10.1.42.1', 'user=Administrator', 'value-format'],
  ['10.1.42.1', 'username=', 'no-user'],
  ['10.1.42.1', 'username=Administrator\n', 'user-whitespace'],
  ['10.1.42.1', 'username=a && del', 'user-whitespace'],
];

for (const [address, value, code] of shapeCases) {
  test(`entry ${address}: ${JSON.stringify(value)} is ${code ?? 'well-formed'}`, () => {
    assert.equal(instanceEntryIssue({ address, value })?.code, code);
  });
}

test('values are exactly username=<user>, and read back', () => {
  assert.equal(instanceValue('Administrator'), 'username=Administrator');
  assert.equal(usernameOf('username=core'), 'core');
  assert.equal(usernameOf('core'), undefined);
});

test('DNS decides the rest: unresolvable keys and keys sharing an address are both flagged', () => {
  const entries = [
    { address: '10.1.42.1', value: 'username=Administrator' },
    { address: 'win-a.example.com', value: 'username=Administrator' },
    { address: 'gone.example.com', value: 'username=Administrator' },
    { address: 'win-b.example.com', value: 'username=core' },
    { address: 'fd00::1', value: 'username=core' },
  ];
  const ipv4 = new Map([
    ['10.1.42.1', ['10.1.42.1']],
    ['win-a.example.com', ['10.1.42.1']],
    ['win-b.example.com', ['10.1.42.2']],
  ]);
  const issues = judgeResolvedEntries(entries, ipv4);
  assert.deepEqual(Object.fromEntries(issues), {
    '10.1.42.1': { code: 'duplicate-address', other: 'win-a.example.com' },
    'win-a.example.com': { code: 'duplicate-address', other: '10.1.42.1' },
    'gone.example.com': { code: 'unresolvable' },
    'fd00::1': { code: 'ipv6' },
  });
});
