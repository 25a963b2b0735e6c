import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aws } from '../machinesets/aws-platform';
import { newMachineSetFrom, replacesAnnotation, type MachineSetObject } from './machine-set-copy';

const label = 'machine.openshift.io/cluster-api-machineset';
const old: MachineSetObject = {
  apiVersion: 'machine.openshift.io/v1beta1',
  kind: 'MachineSet',
  metadata: {
    name: 'win2019',
    namespace: 'openshift-machine-api',
    uid: '1234',
    resourceVersion: '99',
    labels: { 'machine.openshift.io/cluster-api-cluster': 'c1' },
  },
  spec: {
    replicas: 2,
    selector: {
      matchLabels: { [label]: 'win2019', 'machine.openshift.io/cluster-api-cluster': 'c1' },
    },
    template: {
      metadata: { labels: { [label]: 'win2019', 'machine.openshift.io/os-id': 'Windows' } },
      spec: {
        taints: [{ key: 'os', value: 'Windows', effect: 'NoSchedule' }],
        providerSpec: { value: { ami: { id: 'ami-old' }, instanceType: 'm5a.large' } },
      },
    },
  },
  status: { replicas: 2, readyReplicas: 2 },
};

test('the copy keeps the template, takes the new name and image, and starts at 0 replicas', () => {
  const copy = newMachineSetFrom(old, 'win2022', { ami: 'ami-new' }, aws);
  assert.deepEqual(copy, {
    apiVersion: 'machine.openshift.io/v1beta1',
    kind: 'MachineSet',
    metadata: {
      name: 'win2022',
      namespace: 'openshift-machine-api',
      labels: { 'machine.openshift.io/cluster-api-cluster': 'c1' },
      annotations: { [replacesAnnotation]: 'win2019' },
    },
    spec: {
      replicas: 0,
      selector: {
        matchLabels: { [label]: 'win2022', 'machine.openshift.io/cluster-api-cluster': 'c1' },
      },
      template: {
        metadata: { labels: { [label]: 'win2022', 'machine.openshift.io/os-id': 'Windows' } },
        spec: {
          taints: [{ key: 'os', value: 'Windows', effect: 'NoSchedule' }],
          providerSpec: { value: { ami: { id: 'ami-new' }, instanceType: 'm5a.large' } },
        },
      },
    },
  });
});

test('the old MachineSet is left untouched', () => {
  const before = structuredClone(old);
  newMachineSetFrom(old, 'win2022', { ami: 'ami-new' }, aws);
  assert.deepEqual(old, before);
});
