import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nodeStatus } from './node-status';

test('a NotReady node WMCO has not finished configuring is configuring, not NotReady', () => {
  assert.equal(nodeStatus({ ready: true, wmcoVersion: '10.17.0', upgrading: false }), 'ready');
  assert.equal(nodeStatus({ ready: false, upgrading: false }), 'configuring');
  assert.equal(
    nodeStatus({ ready: false, wmcoVersion: '10.17.0', upgrading: true }),
    'configuring',
  );
  assert.equal(nodeStatus({ ready: false, wmcoVersion: '10.17.0', upgrading: false }), 'not-ready');
});
