import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NodeUpgrade } from '../../../server/contract/upgrades';
import { approvalScope, attentionRank, stateOrder, stateStatus } from './upgrade-view-model';

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

test('the approval counts every node by where it comes from', () => {
  const nodes = [
    node('a', 'done', 'MachineSet'),
    node('b', 'waiting', 'BYOH'),
    node('c', 'waiting', 'MachineSet'),
    node('d', 'failed', 'BYOH'),
  ];
  assert.deepEqual(approvalScope(nodes), { total: 4, machineSet: 2, byoh: 2 });
});

test('sorted by state, stalled nodes come first, then the node in progress, finished ones last', () => {
  const byAttention = [...stateOrder].sort((a, b) => attentionRank(a) - attentionRank(b));
  assert.deepEqual(byAttention.slice(0, 2), ['failed', 'blocked']);
  assert.equal(byAttention.indexOf('draining') < byAttention.indexOf('waiting'), true);
  assert.deepEqual(byAttention.slice(-2), ['done', 'up-to-date']);
  assert.equal(
    stateOrder.every((state) => attentionRank(state) >= 0),
    true,
  );
});
