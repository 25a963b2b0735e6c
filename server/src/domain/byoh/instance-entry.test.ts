import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  instanceEntryIssue,
  instanceKeyIssue,
  instanceValue,
  isGoDomainName,
  usernameOf,
} from './instance-entry';

// Go's isDomainName (net/dnsclient.go), whose verdicts these are.
const domainNames: [name: string, valid: boolean][] = [
  ['win1.example.com', true],
  ['win1.example.com.', true],
  ['localhost', true],
  ['my_host', true],
  ['host.123', true],
  ['10.1.42', false],
  ['1.2.3.4.', false],
  ['a..b', false],
  ['-lead.example.com', false],
  ['trail-.example.com', false],
  ['a.-b.com', false],
  ['sp ace.example.com', false],
  ['', false],
  ['.', true],
];

for (const [name, valid] of domainNames) {
  test(`Go's isDomainName(${JSON.stringify(name)}) is ${String(valid)}`, () => {
    assert.equal(isGoDomainName(name), valid);
  });
}

test('keys: a port is named as a port, IPv6 as IPv6', () => {
  assert.equal(instanceKeyIssue('10.1.42.1:22'), 'port');
  assert.equal(instanceKeyIssue('win.example.com:2222'), 'port');
  assert.equal(instanceKeyIssue('fd00::10'), 'ipv6');
  assert.equal(instanceKeyIssue('10.1.42'), 'not-an-address');
  assert.equal(instanceKeyIssue('Win-Host.Example.com'), undefined);
});

test('what is typed is refused for WMCO’s reasons first, then the stricter ones', () => {
  const issueOf = (address: string, value: string) => instanceEntryIssue({ address, value });
  assert.deepEqual(issueOf('10.1.42.1:22', 'username=a'), { code: 'port', blocksAll: true });
  assert.deepEqual(issueOf('10.1.42.1', 'username=a b'), {
    code: 'user-whitespace',
    blocksAll: false,
  });
  assert.deepEqual(issueOf('fd00::1', 'username= a'), { code: 'ipv6', blocksAll: true });
  assert.deepEqual(issueOf('fd00::1', 'Administrator'), { code: 'value-format', blocksAll: true });
  assert.equal(issueOf('win.example.com', 'username=CORP\\svc-wmco'), undefined);
  assert.equal(issueOf('win.example.com', 'username=svc@corp.example.com'), undefined);
});

test('values are exactly username=<user>, and read back', () => {
  assert.equal(instanceValue('Administrator'), 'username=Administrator');
  assert.equal(usernameOf('username=core'), 'core');
  assert.equal(usernameOf('username=a=b'), 'a=b');
  assert.equal(usernameOf('core'), undefined);
});
