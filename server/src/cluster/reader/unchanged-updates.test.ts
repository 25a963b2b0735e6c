import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { KubernetesObject } from '@kubernetes/client-node';
import { UnchangedUpdates } from './unchanged-updates';

function daemonSet(resourceVersion: string, image = 'registrar:v1'): KubernetesObject {
  return {
    metadata: { name: 'csi-node-windows', namespace: 'csi', uid: 'uid-1', resourceVersion },
    spec: { template: { spec: { containers: [{ name: 'registrar', image }] } } },
  } as KubernetesObject;
}

test('an update that moves only the resourceVersion is unchanged; one that changes the form is not', () => {
  const updates = new UnchangedUpdates();
  assert.equal(updates.unchanged('ADDED', daemonSet('1')), false);
  assert.equal(updates.unchanged('MODIFIED', daemonSet('2')), true);
  assert.equal(updates.unchanged('MODIFIED', daemonSet('3', 'registrar:v2')), false);
  assert.equal(updates.unchanged('MODIFIED', daemonSet('4', 'registrar:v2')), true);
});

test('an object first seen updated counts as changed: the informer may hold an older form', () => {
  const updates = new UnchangedUpdates();
  assert.equal(updates.unchanged('MODIFIED', daemonSet('5')), false);
  assert.equal(updates.unchanged('MODIFIED', daemonSet('6')), true);
});

test('a new watch forgets what it saw: the list before it may have brought another form', () => {
  const updates = new UnchangedUpdates();
  updates.unchanged('ADDED', daemonSet('1'));
  updates.restart();
  assert.equal(updates.unchanged('MODIFIED', daemonSet('2')), false);
});

test('a deleted object is forgotten; an object without a uid is never taken as unchanged', () => {
  const updates = new UnchangedUpdates();
  updates.unchanged('ADDED', daemonSet('1'));
  assert.equal(updates.unchanged('DELETED', daemonSet('2')), false);
  assert.equal(updates.unchanged('MODIFIED', daemonSet('3')), false);
  const anonymous = { metadata: { name: 'x', resourceVersion: '1' } };
  updates.unchanged('ADDED', anonymous);
  assert.equal(
    updates.unchanged('MODIFIED', { metadata: { name: 'x', resourceVersion: '2' } }),
    false,
  );
});
