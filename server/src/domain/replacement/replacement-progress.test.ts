import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  abortReplacement,
  confirmStep,
  currentStep,
  failStep,
  reconcile,
  type ReplacementAction,
  type ReplacementObservation,
} from './replacement-progress';
import {
  newReplacementRecord,
  parseReplacementRecord,
  type ReplacementRecord,
} from './replacement-record';

const plan = {
  namespace: 'openshift-machine-api',
  oldMachineSet: 'win2019',
  newMachineSet: 'win2022',
  replicas: 2,
  targetVersion: '2022',
  image: { ami: 'ami-0123456789abcdef0' },
  startedAt: '2025-06-01T10:00:00Z',
};
const now = '2025-06-01T10:05:00Z';

const oldNodes = (schedulable: boolean) => [
  { name: 'old-a', ready: true, schedulable },
  { name: 'old-b', ready: true, schedulable },
];
const newNodes = (ready: number) =>
  [0, 1].map((i) => ({ name: `new-${String(i)}`, ready: i < ready, schedulable: true }));

// The cluster at each point of a replacement, and what the BFF must do there.
const world = {
  start: { old: { replicas: 2, nodes: oldNodes(true) }, drains: [] },
  created: {
    old: { replicas: 2, nodes: oldNodes(true) },
    new: { replicas: 0, nodes: [] },
    drains: [],
  },
  scaled: {
    old: { replicas: 2, nodes: oldNodes(true) },
    new: { replicas: 2, nodes: newNodes(1) },
    drains: [],
  },
  ready: {
    old: { replicas: 2, nodes: oldNodes(true) },
    new: { replicas: 2, nodes: newNodes(2) },
    drains: [],
  },
  cordoned: {
    old: { replicas: 2, nodes: oldNodes(false) },
    new: { replicas: 2, nodes: newNodes(2) },
    drains: [
      { node: 'old-a', podsToEvict: 0, blockedBy: [], terminating: 0 },
      { node: 'old-b', podsToEvict: 3, blockedBy: [], terminating: 0 },
    ],
  },
  blocked: {
    old: { replicas: 2, nodes: oldNodes(false) },
    new: { replicas: 2, nodes: newNodes(2) },
    drains: [{ node: 'old-a', podsToEvict: 1, blockedBy: ['apps/web'], terminating: 0 }],
  },
  stopping: {
    old: { replicas: 2, nodes: oldNodes(false) },
    new: { replicas: 2, nodes: newNodes(2) },
    drains: [
      { node: 'old-a', podsToEvict: 0, blockedBy: [], terminating: 1 },
      { node: 'old-b', podsToEvict: 0, blockedBy: [], terminating: 2 },
    ],
  },
  drained: {
    old: { replicas: 2, nodes: oldNodes(false) },
    new: { replicas: 2, nodes: newNodes(2) },
    drains: [
      { node: 'old-a', podsToEvict: 0, blockedBy: [], terminating: 0 },
      { node: 'old-b', podsToEvict: 0, blockedBy: [], terminating: 0 },
    ],
  },
  finished: {
    old: { replicas: 0, nodes: [] },
    new: { replicas: 2, nodes: newNodes(2) },
    drains: [],
  },
} satisfies Record<string, ReplacementObservation>;

/** Confirms whatever the replacement waits for, as the user clicking through does. */
function confirmAll(record: ReplacementRecord, seen: ReplacementObservation) {
  let turn = reconcile(record, seen, now);
  while (turn.action.kind === 'await-confirmation') {
    const confirmed = confirmStep(turn.record, turn.action.step, now);
    assert.ok('record' in confirmed);
    turn = reconcile(confirmed.record, seen, now);
  }
  return turn;
}

// [where the cluster is, the step it is at, the action]
const journey: [keyof typeof world, string | undefined, ReplacementAction][] = [
  ['start', 'create-machine-set', { kind: 'create-machine-set', name: 'win2022' }],
  ['created', 'scale-up', { kind: 'scale', machineSet: 'win2022', replicas: 2 }],
  [
    'scaled',
    'wait-nodes-ready',
    {
      kind: 'wait',
      step: 'wait-nodes-ready',
      code: 'nodes-not-ready',
      params: { ready: 1, wanted: 2 },
    },
  ],
  ['ready', 'drain-old-nodes', { kind: 'cordon', nodes: ['old-a', 'old-b'] }],
  ['cordoned', 'drain-old-nodes', { kind: 'evict', node: 'old-b' }],
  [
    'blocked',
    'drain-old-nodes',
    {
      kind: 'wait',
      step: 'drain-old-nodes',
      code: 'drain-blocked',
      params: { node: 'old-a', budgets: 'apps/web' },
    },
  ],
  [
    'stopping',
    'drain-old-nodes',
    { kind: 'wait', step: 'drain-old-nodes', code: 'pods-terminating', params: { pods: 3 } },
  ],
  ['drained', 'scale-down-old', { kind: 'scale', machineSet: 'win2019', replicas: 0 }],
  ['finished', undefined, { kind: 'none' }],
];

test('the replacement runs through every step to the old MachineSet at 0 replicas', () => {
  let record = newReplacementRecord(plan);
  for (const [where, step, action] of journey) {
    const turn = confirmAll(record, world[where]);
    assert.deepEqual(turn.action, action, where);
    assert.equal(currentStep(turn.record), step, where);
    record = turn.record;
  }
  assert.equal(record.status, 'finished');
  assert.deepEqual(record.cordoned, ['old-a', 'old-b']);
});

for (const [where, step, action] of journey.slice(1, -1)) {
  test(`a stored record resumes at ${String(step)} when the cluster is ${where}`, () => {
    let record = newReplacementRecord(plan);
    for (const [earlier] of journey.slice(
      0,
      journey.findIndex(([w]) => w === where),
    )) {
      record = confirmAll(record, world[earlier]).record;
    }
    const stored = parseReplacementRecord(JSON.stringify(record));
    assert.ok(stored);
    const turn = reconcile(stored, world[where], now);
    const expected =
      turn.action.kind === 'await-confirmation' ? turn.action.step : currentStep(turn.record);
    assert.equal(expected, step);
    if (turn.action.kind !== 'await-confirmation') assert.deepEqual(turn.action, action);
  });
}

test('a step that changes something waits for its confirmation; waiting for Ready does not', () => {
  const first = reconcile(newReplacementRecord(plan), world.start, now);
  assert.deepEqual(first.action, { kind: 'await-confirmation', step: 'create-machine-set' });
  const atWait = confirmAll(newReplacementRecord(plan), world.scaled);
  assert.equal(atWait.action.kind, 'wait');
  assert.equal(atWait.record.steps['wait-nodes-ready'].state, 'running');
});

test('a failed step waits to be confirmed again, then is retried', () => {
  const running = confirmAll(newReplacementRecord(plan), world.start).record;
  const failed = failStep(running, 'create-machine-set', { code: 'forbidden', params: {} }, now);
  assert.deepEqual(reconcile(failed, world.start, now).action, {
    kind: 'await-confirmation',
    step: 'create-machine-set',
  });
  assert.equal(failed.steps['create-machine-set'].failure?.code, 'forbidden');
  const again = confirmStep(failed, 'create-machine-set', now);
  assert.ok('record' in again);
  assert.equal(reconcile(again.record, world.start, now).action.kind, 'create-machine-set');
});

test('only the step waited at can be confirmed', () => {
  const answer = confirmStep(newReplacementRecord(plan), 'scale-up', now);
  assert.deepEqual(answer, {
    refused: { code: 'not-awaiting-confirmation', params: { step: 'scale-up' } },
  });
});

// [aborted where, the rollback's actions in order as the cluster follows them]
const rollbacks: [keyof typeof world, ReplacementAction[]][] = [
  ['start', []],
  ['scaled', [{ kind: 'scale', machineSet: 'win2022', replicas: 0 }]],
  [
    'cordoned',
    [
      { kind: 'uncordon', nodes: ['old-a', 'old-b'] },
      { kind: 'scale', machineSet: 'win2022', replicas: 0 },
    ],
  ],
];

for (const [where, actions] of rollbacks) {
  test(`abort at ${where}: the rollback undoes exactly what was done`, () => {
    let record = newReplacementRecord(plan);
    for (const [earlier] of journey.slice(0, journey.findIndex(([w]) => w === where) + 1)) {
      record = confirmAll(record, world[earlier]).record;
    }
    const aborted = abortReplacement(record, now);
    assert.ok('record' in aborted);
    let seen: ReplacementObservation = structuredClone(world[where]);
    let turn = reconcile(aborted.record, seen, now);
    const done: ReplacementAction[] = [];
    while (turn.action.kind !== 'none') {
      done.push(turn.action);
      // The cluster follows the action.
      if (turn.action.kind === 'uncordon')
        seen.old?.nodes.forEach((node) => (node.schedulable = true));
      if (turn.action.kind === 'scale' && seen.new)
        seen = { ...seen, new: { ...seen.new, replicas: 0 } };
      turn = reconcile(turn.record, seen, now);
    }
    assert.deepEqual(done, actions);
    assert.equal(turn.record.status, 'rolled-back');
  });
}

test('a rollback scales the old MachineSet back when it was scaled down', () => {
  const record = { ...newReplacementRecord(plan), status: 'rolling-back' as const };
  const seen = { old: { replicas: 1, nodes: [] }, new: { replicas: 0, nodes: [] }, drains: [] };
  assert.deepEqual(reconcile(record, seen, now).action, {
    kind: 'scale',
    machineSet: 'win2019',
    replicas: 2,
  });
});

test('a finished replacement cannot be aborted; a record edited by hand is not read', () => {
  const finished = { ...newReplacementRecord(plan), status: 'finished' as const };
  assert.deepEqual(abortReplacement(finished, now), {
    refused: { code: 'not-running', params: { status: 'finished' } },
  });
  assert.equal(parseReplacementRecord('{"plan":{}}'), undefined);
  assert.equal(parseReplacementRecord('not json'), undefined);
});
