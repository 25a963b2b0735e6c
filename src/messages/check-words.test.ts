import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CheckResult } from '../../server/contract/byoh';
import { describeHostCheck } from './check-words';
import { wordingFor } from './wording';

/** English as the catalogue has it: `{{param}}` filled in. */
const wording = wordingFor(
  (key, options) => key.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options?.[name])),
  'en',
);

const reachable: CheckResult = {
  id: 'ssh-port',
  status: 'pass',
  code: 'reachable',
  params: { port: '22' },
};

function hostChecks(login: CheckResult): CheckResult[] {
  return [reachable, { id: 'host-key', status: 'skipped', code: 'no-handshake' }, login];
}

test('an open port beside an SSH session that did not complete says only the port answers', () => {
  for (const code of ['handshake', 'timeout'] as const) {
    const checks = hostChecks({ id: 'login', status: 'fail', code });
    assert.equal(
      describeHostCheck(wording, reachable, checks).message,
      'TCP 22 accepts connections, but SSH did not complete: see below.',
      code,
    );
    assert.equal(
      describeHostCheck(wording, checks[1] as CheckResult, checks).message,
      'Not checked: the SSH handshake did not complete.',
    );
  }
});

test('an open port beside a completed session, or a refused key, is simply open', () => {
  for (const login of [
    { id: 'login', status: 'pass', code: 'accepted' },
    { id: 'login', status: 'fail', code: 'rejected', params: { username: 'a', fingerprint: 'f' } },
  ] satisfies CheckResult[]) {
    assert.equal(
      describeHostCheck(wording, reachable, [reachable, login]).message,
      'TCP 22 accepts connections.',
    );
  }
  assert.equal(
    describeHostCheck(wording, reachable, [reachable]).message,
    'TCP 22 accepts connections.',
  );
});
