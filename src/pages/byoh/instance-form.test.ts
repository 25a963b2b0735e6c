import { test } from 'node:test';
import assert from 'node:assert/strict';
import { instanceFormErrors, toInstanceInput } from './instance-form';

const cases: [string, string, string, object][] = [
  ['a valid IPv4 host', '10.1.42.1', 'Administrator', {}],
  ['a DNS name and a domain user', ' win-a.example.com ', 'CORP\\svc-wmco', {}],
  ['nothing typed', '', '', { address: 'required', username: 'required' }],
  ['IPv6', 'fd00::10', 'Administrator', { address: 'ipv6' }],
  ['a mistyped address', '10.1.42', 'Administrator', { address: 'not-an-address' }],
  ['a shell command as user', '10.1.42.1', 'a && del', { username: 'username-characters' }],
  ['a 10 kB name', `${'a'.repeat(10_240)}.com`, 'Administrator', { address: 'too-long' }],
];

for (const [name, address, username, errors] of cases) {
  test(`form: ${name}`, () => {
    assert.deepEqual(instanceFormErrors({ address, username }), errors);
  });
}

test('values are sent trimmed', () => {
  assert.deepEqual(toInstanceInput({ address: ' 10.1.42.1 ', username: ' core ' }), {
    address: '10.1.42.1',
    username: 'core',
  });
});
