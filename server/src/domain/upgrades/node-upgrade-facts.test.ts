import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CoreV1Event, V1Node } from '@kubernetes/client-node';
import { toNodeUpgradeFacts } from './node-upgrade-facts';

const startedAt = '2025-06-02T10:00:00.000Z';

const byohNode: V1Node = {
  metadata: {
    name: 'win-byoh-02',
    labels: {
      'windowsmachineconfig.openshift.io/byoh': 'true',
      'windowsmachineconfig.openshift.io/upgrading': 'true',
      'windowsmachineconfig.openshift.io/upgrade-blocked': 'true',
    },
    annotations: {
      'windowsmachineconfig.openshift.io/desired-version': '10.22.0-5c2e1f9',
      'windowsmachineconfig.openshift.io/reboot-required': 'true',
    },
  },
  spec: { unschedulable: true },
  status: {
    addresses: [{ type: 'InternalIP', address: '10.1.42.12' }],
    conditions: [
      { type: 'Ready', status: 'False', lastTransitionTime: new Date('2025-06-02T10:03:00Z') },
    ],
  },
};

function event(
  reason: string,
  involved: { kind: string; name: string },
  message: string,
  time = '2025-06-02T10:05:00Z',
): CoreV1Event {
  return {
    metadata: { name: `${involved.name}.1` },
    involvedObject: involved,
    reason,
    message,
    lastTimestamp: new Date(time),
  };
}

test('node labels, annotations and readiness become the derivation’s inputs', () => {
  const facts = toNodeUpgradeFacts(byohNode, {
    events: [],
    drain: { podsToEvict: 2, blockedBy: ['payments/iis-pdb'] },
  });
  assert.deepEqual(facts, {
    version: undefined,
    desiredVersion: '10.22.0-5c2e1f9',
    rebootRequired: true,
    upgrading: true,
    unschedulable: true,
    ready: false,
    readySince: '2025-06-02T10:03:00.000Z',
    upgradeBlocked: true,
    allowUpgrade: false,
    machine: undefined,
    podsToEvict: 2,
    drainBlockedBy: ['payments/iis-pdb'],
    events: [],
  });
});

test('BYOH failures are events on windows-instances that name the instance’s address', () => {
  const instances = { kind: 'ConfigMap', name: 'windows-instances' };
  const facts = toNodeUpgradeFacts(byohNode, {
    startedAt,
    events: [
      event(
        'InstanceSetupFailure',
        instances,
        'failed to configure instance 10.1.42.12: timed out',
      ),
      event(
        'InstanceSetupFailure',
        instances,
        'failed to configure instance 10.1.42.123: timed out',
      ),
      event('InstanceSetup', instances, 'instance 10.1.42.12 configured'),
      event(
        'InstanceSetupFailure',
        instances,
        'instance 10.1.42.12 failed',
        '2025-06-02T09:00:00Z',
      ),
    ],
  });
  assert.deepEqual(facts.events, [
    {
      reason: 'InstanceSetupFailure',
      message: 'failed to configure instance 10.1.42.12: timed out',
      at: '2025-06-02T10:05:00.000Z',
    },
  ]);
});

test('Machine events count for the node on that Machine only', () => {
  const facts = toNodeUpgradeFacts(
    { metadata: { name: 'ip-10-0-136-92.ec2.internal' } },
    {
      machine: { name: 'winlab-windows-b7n2k', phase: 'Running', deleting: false },
      startedAt,
      events: [
        event(
          'MachineDeletionRestricted',
          { kind: 'Machine', name: 'winlab-windows-b7n2k' },
          'restricted',
        ),
        event('MachineSetupFailure', { kind: 'Machine', name: 'winlab-windows-x9fjt' }, 'other'),
        event('UpgradeBlocked', { kind: 'Node', name: 'ip-10-0-136-92.ec2.internal' }, 'in-tree'),
      ],
    },
  );
  assert.deepEqual(
    facts.events.map((e) => e.reason),
    ['MachineDeletionRestricted', 'UpgradeBlocked'],
  );
  assert.deepEqual(facts.machine, { phase: 'Running', deleting: false });
});

test('one node object read twice: its own facts are kept, what relates to it is read anew', () => {
  const first = toNodeUpgradeFacts(byohNode, { events: [] });
  const again = toNodeUpgradeFacts(byohNode, {
    events: [],
    machine: { name: 'm', phase: 'Failed', deleting: true },
    drain: { podsToEvict: 1, blockedBy: [] },
  });
  assert.equal(again.readySince, first.readySince);
  assert.deepEqual(again.machine, { phase: 'Failed', deleting: true });
  assert.equal(again.podsToEvict, 1);
  const uncordoned = toNodeUpgradeFacts(
    { metadata: byohNode.metadata, status: byohNode.status, spec: {} },
    { events: [] },
  );
  assert.equal(uncordoned.unschedulable, false);
});
