import { test } from 'node:test';
import assert from 'node:assert/strict';
import type {
  NodeUpgrade,
  OperatorUpgrade,
  UpgradeProgress,
} from '../../../server/contract/upgrades';
import { progressView } from './upgrade-progress-view';

function node(
  name: string,
  state: NodeUpgrade['state'],
  extra: Partial<NodeUpgrade> = {},
): NodeUpgrade {
  return {
    name,
    state,
    source: 'MachineSet',
    ready: true,
    schedulable: true,
    history: [],
    ...extra,
  };
}

const installed: OperatorUpgrade = {
  namespace: 'openshift-windows-machine-config-operator',
  installedVersion: '10.17.0',
  targetVersion: '10.17.0-1a2b3c4',
};

function progress(done: number, total: number, extra: Partial<UpgradeProgress> = {}) {
  return { total, done, blocked: 0, failed: 0, ...extra };
}

test('while an update waits for approval, no node is on its version yet', () => {
  const nodes = ['a', 'b', 'c', 'd', 'e'].map((name) => node(name, 'up-to-date'));
  const waiting: OperatorUpgrade = {
    ...installed,
    availableUpdate: { csv: 'windows-machine-config-operator.v10.18.0', version: '10.18.0' },
    pendingInstallPlan: 'install-x7k2q',
  };
  const view = progressView(waiting, progress(5, 5, { secondsLeft: 0 }), nodes);
  assert.equal(view.pending, true);
  assert.equal(view.version, '10.18.0');
  assert.deepEqual([view.done, view.total], [0, 5]);
  assert.equal(view.secondsLeft, undefined);
  assert.equal(view.next, undefined);
  // Once installed, the same nodes count against the version they are on.
  const settled = progressView(installed, progress(5, 5), nodes);
  assert.deepEqual([settled.pending, settled.version, settled.done], [false, '10.17.0-1a2b3c4', 5]);
});

test('a failed node stalls the upgrade since it failed: no time left counted, the next node named', () => {
  const failedAt = '2026-12-05T10:04:00Z';
  const nodes = [
    node('a', 'done'),
    node('b', 'failed', {
      reason: { code: 'machine-failed' },
      history: [
        { state: 'waiting', at: '2026-12-05T10:00:00Z' },
        { state: 'reconfiguring', at: '2026-12-05T10:02:00Z' },
        { state: 'failed', at: failedAt },
      ],
    }),
    node('c', 'waiting'),
  ];
  const view = progressView(
    installed,
    progress(1, 3, { failed: 1, secondsLeft: 240, medianNodeSeconds: 120 }),
    nodes,
  );
  assert.equal(view.stalled?.node.name, 'b');
  assert.equal(view.stalled?.since, failedAt);
  assert.equal(view.secondsLeft, undefined);
  assert.equal(view.current, undefined);
  assert.equal(view.next?.name, 'c');
  assert.equal(view.done, 1);
});

test('a blocked node is stalled since its reason says; a moving upgrade keeps its estimate', () => {
  const since = '2026-12-05T11:00:00Z';
  const blocked = progressView(installed, progress(0, 2, { blocked: 1 }), [
    node('a', 'blocked', { reason: { code: 'drain-blocked-by-pdb', since } }),
    node('b', 'waiting'),
  ]);
  assert.equal(blocked.stalled?.since, since);
  const moving = progressView(installed, progress(1, 3, { inProgress: 'b', secondsLeft: 200 }), [
    node('a', 'done'),
    node('b', 'draining'),
    node('c', 'waiting'),
  ]);
  assert.equal(moving.stalled, undefined);
  assert.equal(moving.current?.name, 'b');
  assert.equal(moving.next?.name, 'c');
  assert.equal(moving.secondsLeft, 200);
});
