import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CheckResult } from '../../../contract/byoh';
import { judgeHostKey, judgeLogin, judgeSshPort } from './connection-checks';
import { checkOrder, inCheckOrder, preflightOutcome, skipped } from './preflight-checks';

const pass = (id: CheckResult['id']): CheckResult => ({ id, status: 'pass', code: 'accepted' });

test('a host is as good as its worst check; skipped means something failed before', () => {
  assert.equal(preflightOutcome(checkOrder.map(pass)), 'pass');
  assert.equal(
    preflightOutcome([pass('ssh-port'), { ...pass('default-shell'), status: 'warn' }]),
    'warn',
  );
  assert.equal(preflightOutcome([pass('ssh-port'), skipped('login', 'no-connection')]), 'fail');
});

test('results are listed in check order, a re-run replacing the earlier verdict', () => {
  const rerun: CheckResult = { id: 'node-ports', status: 'pass', code: 'open' };
  const ordered = inCheckOrder([
    pass('containerd'),
    { id: 'node-ports', status: 'fail', code: 'firewall-rule-missing' },
    pass('ssh-port'),
    rerun,
  ]);
  assert.deepEqual(
    ordered.map((check) => check.id),
    ['ssh-port', 'node-ports', 'containerd'],
  );
  assert.equal(ordered[1], rerun);
});

test('connection verdicts', () => {
  assert.equal(judgeSshPort('open', 22).status, 'pass');
  assert.equal(judgeSshPort('closed', 22).code, 'refused');
  assert.equal(judgeSshPort('filtered', 22).code, 'filtered');
  assert.deepEqual(
    judgeHostKey({
      kind: 'mismatch',
      presented: 'SHA256:new',
      pinned: 'SHA256:old',
      source: 'node',
    }),
    {
      id: 'host-key',
      status: 'fail',
      code: 'mismatch-node',
      params: { presented: 'SHA256:new', pinned: 'SHA256:old' },
    },
  );
  assert.equal(judgeHostKey({ kind: 'pinned-now', fingerprint: 'SHA256:x' }).status, 'pass');
  assert.equal(
    judgeHostKey({ kind: 'not-pinned', fingerprint: 'SHA256:x', reason: 'login-failed' }).code,
    'not-pinned-login-failed',
  );
  assert.equal(judgeHostKey({ kind: 'pins-unreadable' }).status, 'fail');
  assert.equal(
    judgeLogin({ kind: 'rejected', username: 'a', fingerprint: 'SHA256:k' }).status,
    'fail',
  );
  assert.equal(judgeLogin({ kind: 'no-session', reason: 'timeout' }).code, 'timeout');
});
