import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WindowsMachine, WindowsMachineSet } from '../../../server/contract/machinesets';
import {
  machineNodeStatus,
  machinePhase,
  machineSetStatus,
  startsExpanded,
} from './machine-set-list-model';

const machine: WindowsMachine = {
  name: 'm',
  markedForDeletion: false,
  excludeNodeDraining: false,
  deleting: false,
};
function machineSet(machines: number, counts: Partial<WindowsMachineSet> = {}): WindowsMachineSet {
  return {
    name: 'set',
    desired: machines,
    current: machines,
    ready: machines,
    available: machines,
    deleting: false,
    machines: Array.from({ length: machines }, (_, n) => ({ ...machine, name: `m-${String(n)}` })),
    ...counts,
  };
}

test('MachineSets start unfolded while the fleet is small, folded at fleet scale', () => {
  assert.equal(startsExpanded([]), true);
  assert.equal(startsExpanded([machineSet(2), machineSet(3)]), true);
  assert.equal(startsExpanded([machineSet(20)]), true);
  assert.equal(startsExpanded([machineSet(20), machineSet(1)]), false);
  assert.equal(startsExpanded(Array.from({ length: 100 }, () => machineSet(20))), false);
});

test('a MachineSet is ready when every desired machine is, deleting wins over anything else', () => {
  assert.equal(machineSetStatus(machineSet(2)), 'ready');
  assert.equal(machineSetStatus(machineSet(2, { ready: 1 })), 'progressing');
  assert.equal(machineSetStatus(machineSet(2, { current: 3 })), 'progressing');
  assert.equal(machineSetStatus(machineSet(0)), 'ready');
  assert.equal(machineSetStatus(machineSet(2, { deleting: true })), 'deleting');
});

test('machines without a phase are Pending; without a node, their node status is none', () => {
  assert.equal(machinePhase(machine), 'Pending');
  assert.equal(machinePhase({ ...machine, phase: 'Running' }), 'Running');
  assert.equal(machineNodeStatus(machine), 'none');
  assert.equal(machineNodeStatus({ ...machine, nodeReady: false }), 'not-ready');
  assert.equal(machineNodeStatus({ ...machine, nodeReady: true }), 'ready');
});
