import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { JoinFacts, NodeFacts } from './join-facts';
import { deriveJoinTimeline, USUAL_JOIN_MS } from './join-timeline';

const minute = 60_000;
const t0 = Date.UTC(2025, 7, 12, 10, 0, 0);

function node(overrides: Partial<NodeFacts> = {}): NodeFacts {
  return {
    name: 'ip-10-0-131-17.ec2.internal',
    createdAt: t0 + 7 * minute,
    ready: true,
    readySince: t0 + 9 * minute,
    internalIPs: ['10.0.131.17'],
    ...overrides,
  };
}

function machine(overrides: Partial<JoinFacts> = {}): JoinFacts {
  return {
    subject: {
      kind: 'Machine',
      name: 'win-a',
      createdAt: t0,
      phase: 'Running',
      phaseSince: t0 + 3 * minute,
    },
    events: [
      {
        reason: 'MachineSetup',
        message: 'Machine win-a configured successfully',
        at: t0 + 9 * minute,
      },
    ],
    csrs: [
      {
        name: 'csr-client',
        nodeName: 'ip-10-0-131-17.ec2.internal',
        createdAt: t0 + 6 * minute,
        approvedAt: t0 + 6.5 * minute,
        issued: true,
      },
      {
        name: 'csr-serving',
        nodeName: 'ip-10-0-131-17.ec2.internal',
        createdAt: t0 + 7 * minute,
        approvedAt: t0 + 7.5 * minute,
        issued: true,
      },
    ],
    node: node(),
    ...overrides,
  };
}

test('a Machine that joined: every step done, timed from the previous one, within the usual 10 minutes', () => {
  const timeline = deriveJoinTimeline(machine(), t0 + 60 * minute);
  assert.deepEqual(
    timeline.steps.map((step) => [
      step.step,
      step.status,
      step.tookMs === undefined ? undefined : step.tookMs / minute,
    ]),
    [
      ['provisioned', 'done', 3],
      ['ssh', 'done', undefined],
      ['configured', 'done', 3],
      ['csrs', 'done', 1.5],
      ['node', 'done', 0],
      ['ready', 'done', 2],
    ],
  );
  assert.equal(timeline.joined, true);
  assert.equal(timeline.elapsedMs, 9 * minute);
  assert.equal(timeline.usualMs, USUAL_JOIN_MS);
  assert.equal(timeline.stuckAt, undefined);
});

test('where a join stops: each step, and stuck only once failed or later than usual', () => {
  const cases: [string, JoinFacts, number, string | undefined, string][] = [
    [
      'still provisioning, early',
      machine({
        subject: { kind: 'Machine', name: 'a', createdAt: t0, phase: 'Provisioning' },
        events: [],
        csrs: [],
        node: undefined,
      }),
      t0 + 2 * minute,
      undefined,
      'provisioned',
    ],
    [
      'provisioning for 20 minutes',
      machine({
        subject: { kind: 'Machine', name: 'a', createdAt: t0, phase: 'Provisioned' },
        events: [],
        csrs: [],
        node: undefined,
      }),
      t0 + 20 * minute,
      'ssh',
      'ssh',
    ],
    [
      'Machine failed',
      machine({
        subject: { kind: 'Machine', name: 'a', createdAt: t0, phase: 'Failed' },
        events: [],
        csrs: [],
        node: undefined,
      }),
      t0 + minute,
      'provisioned',
      'provisioned',
    ],
    [
      'SSH refused',
      machine({
        events: [
          {
            reason: 'MachineSetupFailure',
            message:
              'failed to configure: unable to connect to Windows VM: dial tcp 10.0.131.17:22: i/o timeout',
            at: t0 + 8 * minute,
          },
        ],
        csrs: [],
        node: undefined,
      }),
      t0 + 9 * minute,
      'ssh',
      'ssh',
    ],
    [
      'configuration failed after SSH',
      machine({
        events: [
          {
            reason: 'MachineSetupFailure',
            message: 'failed to configure instance: error running WICD bootstrap',
            at: t0 + 8 * minute,
          },
        ],
        csrs: [],
        node: undefined,
      }),
      t0 + 9 * minute,
      'configured',
      'configured',
    ],
    [
      'CSR name refused',
      machine({
        events: [
          {
            reason: 'NodeNameValidationFailed',
            message: 'node name host1 not in DNS names of 10.1.2.3',
            at: t0 + 8 * minute,
          },
        ],
        csrs: [{ name: 'c', createdAt: t0 + 7 * minute, issued: false }],
        node: undefined,
      }),
      t0 + 9 * minute,
      'csrs',
      'csrs',
    ],
    [
      'CSRs pending for 30 minutes',
      machine({
        events: [],
        csrs: [{ name: 'c', createdAt: t0 + 7 * minute, issued: false }],
        node: undefined,
      }),
      t0 + 30 * minute,
      'csrs',
      'csrs',
    ],
    [
      'node NotReady for an hour',
      machine({
        events: [],
        node: node({
          ready: false,
          readySince: undefined,
          readyMessage: 'cni plugin not initialized',
        }),
      }),
      t0 + 60 * minute,
      'ready',
      'ready',
    ],
  ];
  for (const [name, facts, now, stuckAt, waitingOrFailedAt] of cases) {
    const timeline = deriveJoinTimeline(facts, now);
    assert.equal(timeline.stuckAt, stuckAt, name);
    const open = timeline.steps.find((step) => step.status !== 'done');
    assert.equal(open?.step, waitingOrFailedAt, name);
    const after = open ? timeline.steps.slice(timeline.steps.indexOf(open) + 1) : [];
    assert.ok(
      after.every((step) => step.status === 'pending'),
      name,
    );
  }
});

test('a BYOH instance stuck at CSR pending: listed, reached, configured, CSRs waiting, timed from its first CSR', () => {
  const timeline = deriveJoinTimeline(
    {
      subject: { kind: 'BYOH', address: '10.1.42.21' },
      events: [],
      csrs: [{ name: 'csr-byoh', nodeName: 'win-byoh-21', createdAt: t0, issued: false }],
    },
    t0 + 25 * minute,
  );
  assert.deepEqual(
    timeline.steps.map((step) => `${step.step}:${step.status}`),
    ['listed:done', 'ssh:done', 'configured:done', 'csrs:waiting', 'node:pending', 'ready:pending'],
  );
  assert.deepEqual(timeline.steps[3]?.detail, {
    code: 'csrs-pending',
    params: { csrs: 'csr-byoh' },
  });
  assert.equal(timeline.stuckAt, 'csrs');
  assert.equal(timeline.elapsedMs, 25 * minute);
});
