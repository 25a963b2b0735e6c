import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PreflightRecord } from '../../../contract/byoh';
import { preflightRecordOf, preflightRecords } from './preflight-record';

const record: PreflightRecord = {
  at: '2026-11-22T05:00:00.000Z',
  username: 'Administrator',
  checks: [{ id: 'ssh-port', status: 'pass', code: 'reachable', params: { port: '22' } }],
};

const data = {
  '10.0.0.1': JSON.stringify(record),
  '10.0.0.2': '{not json',
  '10.0.0.3': JSON.stringify({ at: 'then', checks: 'all good' }),
};

test('one address is read alone; broken or foreign values read as no record', () => {
  assert.deepEqual(preflightRecordOf(data, '10.0.0.1'), record);
  for (const address of ['10.0.0.2', '10.0.0.3', '10.0.0.4']) {
    assert.equal(preflightRecordOf(data, address), undefined, address);
  }
  assert.equal(preflightRecordOf(undefined, '10.0.0.1'), undefined);
});

test('all records: only those in the shape the plugin writes', () => {
  assert.deepEqual([...preflightRecords(data).keys()], ['10.0.0.1']);
  assert.equal(preflightRecords(undefined).size, 0);
});
