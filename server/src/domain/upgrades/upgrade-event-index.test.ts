import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CoreV1Event } from '@kubernetes/client-node';
import { UpgradeEventIndex } from './upgrade-event-index';

function event(kind: string, name: string, reason: string): CoreV1Event {
  return { metadata: { name: `${name}.${reason}` }, involvedObject: { kind, name }, reason };
}

const nodeBlocked = event('Node', 'win-a', 'UpgradeBlocked');
const machineFailed = event('Machine', 'm-a', 'MachineSetupFailure');
const instanceFailed = event('ConfigMap', 'windows-instances', 'InstanceSetupFailure');
const index = new UpgradeEventIndex([
  nodeBlocked,
  machineFailed,
  instanceFailed,
  event('Node', 'win-b', 'UpgradeBlocked'),
  event('Node', 'win-a', 'Scheduled'),
  event('ConfigMap', 'other', 'InstanceSetupFailure'),
]);

test('a node gets its own, its Machine’s and the BYOH instance events with upgrade reasons', () => {
  assert.deepEqual(index.candidates('win-a', 'm-a'), [nodeBlocked, machineFailed, instanceFailed]);
});

test('a node without a Machine gets no Machine events; other nodes’ events stay theirs', () => {
  assert.deepEqual(index.candidates('win-c', undefined), [instanceFailed]);
});
