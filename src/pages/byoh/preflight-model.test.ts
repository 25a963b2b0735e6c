import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PreflightLine } from '../../../server/contract/byoh';
import { overallOutcome, startPreflight, withCheck, withLine } from './preflight-model';

const a = '127.0.0.11';
const b = '127.0.0.12';

function run(lines: PreflightLine[]) {
  return lines.reduce(
    withLine,
    startPreflight([
      { address: a, username: 'Administrator' },
      { address: b, username: 'Administrator' },
    ]),
  );
}

const lines: PreflightLine[] = [
  { type: 'check', address: b, check: { id: 'containerd', status: 'pass', code: 'absent' } },
  {
    type: 'check',
    address: a,
    check: { id: 'node-ports', status: 'fail', code: 'firewall-rule-missing', remediable: true },
  },
  { type: 'check', address: a, check: { id: 'ssh-port', status: 'pass', code: 'reachable' } },
  { type: 'host', address: a, outcome: 'fail', saved: true },
  { type: 'check', address: b, check: { id: 'ssh-port', status: 'pass', code: 'reachable' } },
  { type: 'host', address: b, outcome: 'pass', saved: false },
  { type: 'end' },
];

test('lines land on their host, in check order', () => {
  const state = run(lines);
  assert.deepEqual(
    state.hosts.map((host) => [
      host.address,
      host.checks.map((check) => check.id),
      host.outcome,
      host.saved,
    ]),
    [
      [a, ['ssh-port', 'node-ports'], 'fail', true],
      [b, ['ssh-port', 'containerd'], 'pass', false],
    ],
  );
  assert.equal(state.finished, true);
  assert.equal(overallOutcome(state), 'fail');
});

test('no verdict before the end', () => {
  assert.equal(overallOutcome(run(lines.slice(0, 3))), undefined);
});

test('a remediated check replaces the failed one and the host passes', () => {
  const state = withCheck(run(lines), a, {
    id: 'node-ports',
    status: 'pass',
    code: 'open-not-listening',
  });
  assert.equal(state.hosts[0]?.outcome, 'pass');
  assert.deepEqual(
    state.hosts[0]?.checks.map((check) => check.status),
    ['pass', 'pass'],
  );
  assert.equal(overallOutcome(state), 'pass');
});
