import { test } from 'node:test';
import assert from 'node:assert/strict';
import { holdsAll, isSameMachineSet } from './same-machine-set';

const requested = {
  metadata: { name: 'winworker', labels: { 'machine.openshift.io/cluster-api-cluster': 'c1' } },
  spec: {
    replicas: 1,
    template: {
      metadata: { labels: { 'machine.openshift.io/os-id': 'Windows' } },
      spec: { providerSpec: { value: { ami: { id: 'ami-1' }, subnets: ['a', 'b'] } } },
    },
  },
};

test('what the API server added (defaults, status, metadata) does not make it another MachineSet', () => {
  const stored = structuredClone(requested) as Record<string, unknown>;
  Object.assign(stored, { status: { replicas: 1 } });
  Object.assign(stored.metadata as object, { uid: 'u1', resourceVersion: '7' });
  Object.assign(stored.spec as object, { deletePolicy: 'Random' });
  assert.equal(isSameMachineSet(stored, requested), true);
});

test('a different value anywhere, a missing label or another list makes it another MachineSet', () => {
  const cases: [string, (copy: typeof requested) => void][] = [
    ['replicas', (copy) => (copy.spec.replicas = 2)],
    ['AMI', (copy) => (copy.spec.template.spec.providerSpec.value.ami.id = 'ami-2')],
    ['subnets', (copy) => (copy.spec.template.spec.providerSpec.value.subnets = ['a'])],
    ['label', (copy) => (copy.metadata.labels = {} as typeof copy.metadata.labels)],
  ];
  for (const [what, change] of cases) {
    const stored = structuredClone(requested);
    change(stored);
    assert.equal(isSameMachineSet(stored, requested), false, what);
  }
  assert.equal(isSameMachineSet(undefined, requested), false, 'nothing stored');
});

test('holdsAll compares arrays item by item and everything else by value', () => {
  assert.equal(holdsAll([{ a: 1, b: 2 }], [{ a: 1 }]), true);
  assert.equal(holdsAll([{ a: 1 }, { a: 2 }], [{ a: 1 }]), false);
  assert.equal(holdsAll({ a: [1] }, { a: { 0: 1 } }), false);
  assert.equal(holdsAll('1', 1), false);
});
