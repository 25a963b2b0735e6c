import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { InstanceEvent, PreflightRecord } from '../../../contract/byoh';
import type { WindowsNode } from '../../../contract/nodes';
import { deriveByohState, mentions, type ByohFacts } from './instance-status';

function node(name: string, address: string, ready: boolean, wmcoVersion?: string): WindowsNode {
  return {
    name,
    ready,
    schedulable: true,
    source: 'BYOH',
    addresses: [address],
    upgrading: false,
    wmcoVersion,
  };
}

function event(reason: string, message: string, at: string): InstanceEvent {
  return {
    reason,
    type: reason === 'InstanceSetupFailure' ? 'Warning' : 'Normal',
    message,
    at,
    count: 1,
  };
}

const record: PreflightRecord = {
  at: '2026-01-01T10:00:00.000Z',
  username: 'Administrator',
  checks: [],
};

function facts(overrides: Partial<ByohFacts> = {}): ByohFacts {
  return {
    namespace: 'openshift-windows-machine-config-operator',
    entries: {
      '10.1.42.1': 'username=Administrator',
      '10.1.42.2': 'username=Administrator',
      'win-c.example.com': 'username=core',
      '10.1.42.4': 'username=Administrator',
    },
    resolution: new Map([['win-c.example.com', ['10.1.42.3']]]),
    byohNodes: [
      node('win-a', '10.1.42.1', true, '10.22.0-5c2e1f9'),
      node('win-c', '10.1.42.3', false),
      node('win-gone', '10.1.42.9', true),
    ],
    events: [
      event(
        'InstanceSetup',
        'Configured instance with address 10.1.42.1 as a worker node',
        '2026-01-01T10:05:00Z',
      ),
      event(
        'InstanceSetup',
        'Configured instance with address 10.1.42.11 as a worker node',
        '2026-01-01T10:06:00Z',
      ),
      event(
        'InstanceSetupFailure',
        'error configuring host with address 10.1.42.4: timed out',
        '2026-01-01T10:07:00Z',
      ),
      event(
        'InstanceTeardown',
        'Deconfigured node with addresses [{InternalIP 10.1.42.9} {Hostname win-gone}]',
        '2026-01-01T10:08:00Z',
      ),
    ],
    preflight: new Map([['10.1.42.2', record]]),
    operatorVersion: '10.22.0-5c2e1f9',
    unreadable: [],
    ...overrides,
  };
}

test('each entry gets its stage from nodes and events, matched by resolved address', () => {
  const state = deriveByohState(facts());
  const byAddress = Object.fromEntries(
    state.instances.map((instance) => [instance.address, instance]),
  );
  assert.equal(byAddress['10.1.42.1']?.stage, 'ready');
  assert.equal(byAddress['10.1.42.1']?.node?.wmcoVersion, '10.22.0-5c2e1f9');
  assert.equal(byAddress['10.1.42.2']?.stage, 'listed');
  assert.equal(byAddress['10.1.42.2']?.preflight, record);
  assert.equal(byAddress['win-c.example.com']?.stage, 'joined');
  assert.equal(byAddress['win-c.example.com']?.username, 'core');
  assert.equal(byAddress['10.1.42.4']?.stage, 'failed');
  assert.deepEqual(
    byAddress['10.1.42.1']?.events.map((e) => e.reason),
    ['InstanceSetup'],
    'the event about 10.1.42.11 is not about 10.1.42.1',
  );
  assert.deepEqual(state.orphanNodes, ['win-gone']);
  assert.equal(state.malformed, 0);
  assert.equal(state.configMapExists, true);
});

test('malformed entries are flagged and counted; they keep no stage of their own', () => {
  const state = deriveByohState(
    facts({ entries: { '10.1.42.1': 'Administrator', '10.1.42.2': 'username=Administrator' } }),
  );
  assert.equal(state.malformed, 1);
  const bad = state.instances.find((instance) => instance.address === '10.1.42.1');
  assert.equal(bad?.stage, 'malformed');
  assert.deepEqual(bad?.issue, { code: 'value-format', blocksAll: true });
});

test('no ConfigMap: no entries, and every BYOH node is being removed', () => {
  const state = deriveByohState(facts({ entries: undefined }));
  assert.equal(state.configMapExists, false);
  assert.deepEqual(state.instances, []);
  assert.equal(state.orphanNodes.length, 3);
});

test('addresses are matched as whole tokens', () => {
  assert.ok(
    mentions('Deconfigured node with addresses [{InternalIP 10.1.42.9} {Hostname x}]', '10.1.42.9'),
  );
  assert.ok(mentions('error configuring host with address win.example.com: x', 'WIN.example.com'));
  assert.ok(!mentions('Configured instance with address 10.1.42.11 as a worker node', '10.1.42.1'));
  assert.ok(!mentions('address 110.1.42.1', '10.1.42.1'));
});
