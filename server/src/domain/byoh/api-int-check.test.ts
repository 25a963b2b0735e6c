import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Infrastructure } from '../openshift-objects';
import { apiIntTarget, internalApiHost, judgeApiInt } from './api-int-check';
import { checkOrder, checksToRun } from './preflight-checks';

const infrastructure = (type: string, uri?: string): Infrastructure => ({
  status: { platformStatus: { type }, apiServerInternalURI: uri },
});

test('api-int is looked up only on vSphere, by the host of apiServerInternalURI', () => {
  const uri = 'https://api-int.winlab.example.com:6443';
  assert.deepEqual(apiIntTarget(infrastructure('VSphere', uri)), {
    name: 'api-int.winlab.example.com',
  });
  assert.deepEqual(apiIntTarget(infrastructure('VSphere')), { name: undefined });
  assert.deepEqual(apiIntTarget(infrastructure('VSphere', 'not a URI')), { name: undefined });
  for (const type of ['AWS', 'Azure', 'GCP', 'Nutanix', 'BareMetal', 'None']) {
    assert.equal(apiIntTarget(infrastructure(type, uri)), undefined, type);
  }
  assert.equal(apiIntTarget(undefined), undefined, 'Infrastructure unreadable');
  assert.equal(internalApiHost(infrastructure('VSphere', 'https://10.0.0.5:6443')), undefined);
});

test('off vSphere the check is not among those run, so nothing reports it as skipped or timed out', () => {
  assert.equal(checksToRun(true), checkOrder);
  assert.deepEqual(
    checksToRun(false),
    checkOrder.filter((id) => id !== 'api-int'),
  );
  assert.ok(!checksToRun(false).includes('api-int'));
  assert.equal(checkOrder.at(-1), 'api-int', 'listed last: it runs after the host facts');
});

const name = 'api-int.winlab.example.com';

test('api-int verdicts: resolves passes with its addresses, anything else fails naming the name', () => {
  assert.deepEqual(
    judgeApiInt(name, { kind: 'exited', output: '\r\n192.168.10.5\r\nfd00::5\r\n' }),
    {
      id: 'api-int',
      status: 'pass',
      code: 'api-int-resolves',
      params: { name, addresses: '192.168.10.5, fd00::5' },
    },
  );
  const unresolved = {
    id: 'api-int',
    status: 'fail',
    code: 'api-int-unresolved',
    params: { name },
  };
  assert.deepEqual(judgeApiInt(name, { kind: 'exited' }), unresolved, 'the lookup exited non-zero');
  assert.deepEqual(judgeApiInt(name, { kind: 'exited', output: '' }), unresolved);
  assert.deepEqual(
    judgeApiInt(name, { kind: 'exited', output: 'api-int.winlab.example.com CNAME api.example' }),
    unresolved,
    'a CNAME without an address does not count',
  );
  assert.deepEqual(judgeApiInt(name, { kind: 'no-answer' }), {
    id: 'api-int',
    status: 'fail',
    code: 'api-int-no-answer',
    params: { name },
  });
});
