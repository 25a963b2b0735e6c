import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Machine, MachineSet } from '../openshift-objects';
import { toWindowsMachineSet } from './windows-machine-set';

const machineSet: MachineSet = {
  metadata: { name: 'winworker', creationTimestamp: '2026-01-01T00:00:00Z' },
  spec: {
    replicas: 2,
    template: {
      metadata: { labels: { 'machine.openshift.io/os-id': 'Windows' } },
      spec: { providerSpec: { value: { template: 'golden/windows-server-2022' } } },
    },
  },
  status: { replicas: 2, readyReplicas: 1, availableReplicas: 1 },
};

function machine(name: string, set: string, extra: Partial<Machine> = {}): Machine {
  return {
    metadata: { name, labels: { 'machine.openshift.io/cluster-api-machineset': set } },
    ...extra,
  };
}

test('an AMI names no version: the nodes tell which Windows Server the set runs', () => {
  const aws: MachineSet = {
    ...machineSet,
    spec: { ...machineSet.spec, template: { ...machineSet.spec?.template, spec: {} } },
  };
  const view = toWindowsMachineSet(
    aws,
    [machine('winworker-a', 'winworker', { status: { nodeRef: { name: 'node-a' } } })],
    new Map([['node-a', { ready: false, windowsServer: '2025', upgrading: false }]]),
  );
  assert.equal(view.windowsServer, '2025');
  assert.equal(view.machines[0]?.nodeReady, false);
  assert.equal(view.machines[0]?.nodeConfiguring, true, 'WMCO has not finished configuring it');
});

test('a MachineSet shows the controller’s counts and only its own machines, with their nodes', () => {
  const view = toWindowsMachineSet(
    machineSet,
    [
      machine('winworker-b', 'winworker', {
        metadata: {
          name: 'winworker-b',
          labels: { 'machine.openshift.io/cluster-api-machineset': 'winworker' },
          annotations: {
            'machine.openshift.io/delete-machine': 'true',
            'machine.openshift.io/exclude-node-draining': '',
          },
          deletionTimestamp: '2026-01-02T00:00:00Z',
        },
        spec: { providerID: 'vsphere://4212' },
        status: {
          phase: 'Deleting',
          nodeRef: { name: 'winworker-b' },
          addresses: [
            { type: 'Hostname', address: 'winworker-b' },
            { type: 'InternalIP', address: '192.168.10.101' },
          ],
        },
      }),
      machine('winworker-a', 'winworker', {
        status: { phase: 'Provisioned' },
      }),
      machine('other-x', 'other'),
    ],
    new Map([
      [
        'winworker-b',
        { ready: true, windowsServer: '2019', wmcoVersion: '10.17.0', upgrading: false },
      ],
    ]),
  );
  assert.deepEqual(
    { ...view, machines: view.machines.map((m) => m.name) },
    {
      name: 'winworker',
      windowsServer: '2022',
      desired: 2,
      current: 2,
      ready: 1,
      available: 1,
      deleting: false,
      machines: ['winworker-a', 'winworker-b'],
      createdAt: '2026-01-01T00:00:00Z',
    },
  );
  assert.deepEqual(view.machines[1], {
    name: 'winworker-b',
    phase: 'Deleting',
    providerID: 'vsphere://4212',
    address: '192.168.10.101',
    node: 'winworker-b',
    nodeReady: true,
    nodeConfiguring: false,
    markedForDeletion: true,
    excludeNodeDraining: true,
    deleting: true,
    errorMessage: undefined,
    createdAt: undefined,
  });
  assert.equal(view.machines[0]?.nodeReady, undefined, 'no node yet: no readiness to show');
});
