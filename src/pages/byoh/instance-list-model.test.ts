import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ByohInstance } from '../../../server/contract/byoh';
import { lastPreflight, preflightRank, preflightTargets } from './instance-list-model';

const instance: ByohInstance = {
  address: '10.1.40.4',
  value: 'username=Administrator',
  username: 'Administrator',
  ipv4: ['10.1.40.4'],
  stage: 'listed',
  events: [],
};
const at = '2026-11-22T12:00:00Z';

test('the last preflight is the worst of its checks, or never', () => {
  assert.equal(lastPreflight(instance), 'never');
  const checks = [
    { id: 'ssh-port', status: 'pass', code: 'reachable' },
    { id: 'node-ports', status: 'warn', code: 'closed-rules-unknown' },
  ] as const;
  assert.equal(
    lastPreflight({
      ...instance,
      preflight: { at, username: 'Administrator', checks: [...checks] },
    }),
    'warn',
  );
  assert.equal(
    lastPreflight({
      ...instance,
      preflight: {
        at,
        username: 'Administrator',
        checks: [...checks, { id: 'containerd', status: 'fail', code: 'absent' }],
      },
    }),
    'fail',
  );
  assert.equal(preflightRank.fail < preflightRank.pass, true);
  assert.equal(preflightRank.pass < preflightRank.never, true);
});

test('only entries that name a user can be checked over SSH', () => {
  assert.deepEqual(
    preflightTargets([
      instance,
      { ...instance, address: 'bad', username: undefined, value: 'user=x', stage: 'malformed' },
    ]),
    [{ address: '10.1.40.4', username: 'Administrator' }],
  );
});
