import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHostFacts } from './host-facts';

const facts = {
  build: '10.0.20348.2340',
  hostname: 'WIN-GOOD',
  adapters: 1,
  containerd: false,
  firewallRules: ['ContainerLogsPort'],
};

test('reads the JSON line PowerShell prints, past a byte-order mark and banner lines', () => {
  assert.deepEqual(parseHostFacts(`#< CLIXML\r\n\uFEFF${JSON.stringify(facts)}\r\n`), facts);
});

test('PowerShell prints a one-element array as a scalar and an empty one as null', () => {
  assert.deepEqual(
    parseHostFacts(JSON.stringify({ ...facts, firewallRules: 'ContainerLogsPort' }))?.firewallRules,
    ['ContainerLogsPort'],
  );
  assert.deepEqual(
    parseHostFacts(JSON.stringify({ ...facts, firewallRules: null }))?.firewallRules,
    [],
  );
});

test('anything else is not facts', () => {
  assert.equal(parseHostFacts("'powershell.exe' is not recognized as a command"), undefined);
  assert.equal(parseHostFacts('{ not json'), undefined);
  assert.equal(parseHostFacts(JSON.stringify({ ...facts, adapters: 'two' })), undefined);
});
