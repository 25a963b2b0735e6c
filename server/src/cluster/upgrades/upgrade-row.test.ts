import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WindowsNode } from '../../../contract/nodes';
import { upgradeRow } from './upgrade-row';

function windowsNode(): WindowsNode {
  return {
    name: 'winworker-1',
    ready: true,
    schedulable: true,
    wmcoVersion: '10.21.0',
    source: 'MachineSet',
    addresses: ['10.0.0.1'],
    upgrading: true,
  };
}

test('the same node in the same state, reason and history keeps its row', () => {
  const node = windowsNode();
  const first = upgradeRow(node, {
    state: 'blocked',
    reason: { code: 'drain-blocked-by-pdb', budgets: ['web'] },
    history: [{ state: 'waiting', at: '2026-12-06T07:00:00Z' }],
  });
  const again = upgradeRow(node, {
    state: 'blocked',
    reason: { code: 'drain-blocked-by-pdb', budgets: ['web'] },
    history: [{ state: 'waiting', at: '2026-12-06T07:00:00Z' }],
  });
  assert.equal(again, first);
  assert.deepEqual(first, {
    name: 'winworker-1',
    source: 'MachineSet',
    origin: undefined,
    version: '10.21.0',
    ready: true,
    schedulable: true,
    state: 'blocked',
    reason: { code: 'drain-blocked-by-pdb', budgets: ['web'] },
    history: [{ state: 'waiting', at: '2026-12-06T07:00:00Z' }],
  });
});

test('a new state, reason, history or node record makes a new row', () => {
  const node = windowsNode();
  const history = [{ state: 'waiting' as const, at: '2026-12-06T07:00:00Z' }];
  const first = upgradeRow(node, { state: 'waiting', history });
  const moved = upgradeRow(node, { state: 'draining', history });
  assert.notEqual(moved, first);
  assert.equal(moved.state, 'draining');
  const longer = upgradeRow(node, {
    state: 'draining',
    history: [...history, { state: 'draining', at: '2026-12-06T07:01:00Z' }],
  });
  assert.notEqual(longer, moved);
  const reasoned = upgradeRow(node, {
    state: 'draining',
    reason: { code: 'drain-blocked-by-pdb' },
    history: longer.history,
  });
  assert.notEqual(reasoned, longer);
  const recordChanged = { ...node, ready: false };
  assert.equal(
    upgradeRow(recordChanged, {
      state: 'draining',
      reason: { code: 'drain-blocked-by-pdb' },
      history: longer.history,
    }).ready,
    false,
  );
});
