import { test } from 'node:test';
import assert from 'node:assert/strict';
import { missingInstallParts, type InstallParts } from './install-record';

const started: InstallParts = {
  namespaceExists: true,
  recorded: true,
  operatorGroup: false,
  subscription: false,
  key: false,
};

test('an install cut off at each point misses what comes after it, in order', () => {
  const cases: [string, Partial<InstallParts>, string[] | undefined][] = [
    ['after the namespace', {}, ['operator-group', 'subscription', 'key']],
    ['after the OperatorGroup', { operatorGroup: true }, ['subscription', 'key']],
    ['after the Subscription', { operatorGroup: true, subscription: true }, ['key']],
    ['after the key', { operatorGroup: true, subscription: true, key: true }, undefined],
  ];
  for (const [point, parts, missing] of cases) {
    assert.deepEqual(missingInstallParts({ ...started, ...parts }), missing, point);
  }
});

test('no install was started: no namespace, or a namespace neither the wizard nor OLM uses', () => {
  assert.equal(missingInstallParts({ ...started, namespaceExists: false }), undefined);
  assert.equal(missingInstallParts({ ...started, recorded: false }), undefined);
  assert.deepEqual(
    missingInstallParts({ ...started, recorded: false, subscription: true }),
    ['operator-group', 'key'],
    'WMCO subscribed without its OperatorGroup or key is an install, recorded or not',
  );
});

test('what could not be read is not claimed missing', () => {
  assert.deepEqual(missingInstallParts({ ...started, operatorGroup: undefined, key: undefined }), [
    'subscription',
  ]);
});
