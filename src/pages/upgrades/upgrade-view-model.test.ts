import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NodeUpgrade } from '../../../server/contract/upgrades';
import { approvalScope, stateCounts, stateOrder, stateStatus } from './upgrade-view-model';

function node(name: string, state: NodeUpgrade['state'], source: NodeUpgrade['source']) {
  return { name, state, source, ready: true, schedulable: true, history: [] } as NodeUpgrade;
}

test('the four steps WMCO works through are shown as in progress, verdicts stand out', () => {
  assert.deepEqual(
    stateOrder.filter((state) => stateStatus(state) === 'info'),
    ['cordoned', 'draining', 'reconfiguring', 'rejoining'],
  );
  assert.equal(stateStatus('blocked'), 'warning');
  assert.equal(stateStatus('failed'), 'danger');
  assert.equal(stateStatus('waiting'), undefined);
});

test('counts follow the legend order and leave out absent states', () => {
  const nodes = [
    node('a', 'done', 'MachineSet'),
    node('b', 'waiting', 'BYOH'),
    node('c', 'waiting', 'MachineSet'),
    node('d', 'failed', 'BYOH'),
  ];
  assert.deepEqual(stateCounts(nodes), [
    { state: 'waiting', count: 2 },
    { state: 'done', count: 1 },
    { state: 'failed', count: 1 },
  ]);
  assert.deepEqual(approvalScope(nodes), { total: 4, machineSet: 2, byoh: 2 });
});
