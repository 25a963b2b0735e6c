import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WindowsNode } from '../../../contract/nodes';
import { keyRotationReach } from './key-rotation-reach';

function node(name: string, source: WindowsNode['source']): WindowsNode {
  return { name, ready: true, schedulable: true, source, addresses: [], upgrading: false };
}

test('counts the Machine-backed nodes WMCO recreates and every BYOH entry, joined or not', () => {
  const nodes = [node('win-a', 'MachineSet'), node('win-b', 'MachineSet'), node('byoh-1', 'BYOH')];
  const instances = { '10.0.0.5': 'username=core', 'win2.example.com': 'username=admin' };
  assert.deepEqual(keyRotationReach(nodes, instances), { machineNodes: 2, byohHosts: 2 });
});

test('a cluster without Windows nodes or BYOH entries reaches none', () => {
  assert.deepEqual(keyRotationReach([], {}), { machineNodes: 0, byohHosts: 0 });
});

test('what could not be read is not counted as none', () => {
  assert.deepEqual(keyRotationReach(undefined, undefined), {
    machineNodes: undefined,
    byohHosts: undefined,
  });
});
