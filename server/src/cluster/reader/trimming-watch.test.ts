import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trimmed } from './trimming-watch';

test('drops field managers and the last applied copy, keeps every other annotation', () => {
  const object = trimmed({
    metadata: {
      name: 'node-1',
      managedFields: [{ manager: 'kubelet', operation: 'Update' }],
      annotations: {
        'kubectl.kubernetes.io/last-applied-configuration': '{"kind":"Node"}',
        'windowsmachineconfig.openshift.io/version': '10.22.0',
      },
    },
  });
  assert.deepEqual(object.metadata, {
    name: 'node-1',
    annotations: { 'windowsmachineconfig.openshift.io/version': '10.22.0' },
  });
});

test('leaves an object without metadata or annotations as it is', () => {
  assert.deepEqual(trimmed({ kind: 'Status' }), { kind: 'Status' });
  assert.deepEqual(trimmed({ metadata: { name: 'a' } }), { metadata: { name: 'a' } });
});

test('keeps the field managers a kind keeps (the namespace’s monitoring label), drops the rest', () => {
  const label = { 'f:metadata': { 'f:labels': { 'f:openshift.io/cluster-monitoring': {} } } };
  const other = { 'f:metadata': { 'f:labels': { 'f:team': {} } } };
  const owns = (entry: { fieldsV1?: object }) => entry.fieldsV1 === label;
  const object = trimmed(
    {
      metadata: {
        name: 'ns',
        managedFields: [
          { manager: 'kubectl-label', fieldsV1: label },
          { manager: 'oc', fieldsV1: other },
        ],
      },
    },
    owns,
  );
  assert.deepEqual(object.metadata?.managedFields, [{ manager: 'kubectl-label', fieldsV1: label }]);
  const none = trimmed({ metadata: { name: 'ns', managedFields: [{ fieldsV1: other }] } }, owns);
  assert.deepEqual(none.metadata, { name: 'ns' });
});
