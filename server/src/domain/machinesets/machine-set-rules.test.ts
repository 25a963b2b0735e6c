import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FieldContext } from './machine-set-platform';
import { fieldProblem, nameProblem, replicasProblem } from './machine-set-rules';
import { machineSetPlatform } from './platform-table';

/** The platform's module in the table, by Infrastructure platform type. */
function platform(type: string) {
  const found = machineSetPlatform(type);
  if (!found) throw new Error(`no platform ${type}`);
  return found;
}

/** A field's problem on a platform, by the field's rules (as the form and the YAML check it). */
function problemOf(type: string, name: string, value: string, context: Partial<FieldContext> = {}) {
  const field = platform(type).fields.find((candidate) => candidate.name === name);
  if (!field) throw new Error(`no field ${name} on ${type}`);
  return fieldProblem(field, value, { region: '', forbidden: [], ...context });
}

const nameCases: [name: string, platform: string, expected: string | undefined][] = [
  ['winworker', 'Azure', undefined],
  ['winworker', 'VSphere', undefined],
  ['winworker1', 'Azure', 'name-too-long'],
  ['winworker1', 'VSphere', 'name-too-long'],
  ['winlab-7xk2p-windows-worker-us-east-1a', 'AWS', undefined],
  ['winlab-7xk2p-windows-worker-a', 'GCP', undefined],
  ['', 'AWS', 'required'],
  ['Win', 'AWS', 'name-invalid'],
  ['-win', 'GCP', 'name-invalid'],
  ['win.worker', 'AWS', 'name-invalid'],
  ['a'.repeat(64), 'AWS', 'name-invalid'],
  ['a'.repeat(63), 'AWS', undefined],
];

for (const [name, type, expected] of nameCases) {
  test(`name "${name}" on ${type}: ${expected ?? 'fine'}`, () => {
    assert.equal(nameProblem(name, platform(type)), expected);
  });
}

test('replicas are whole numbers from 0 to 100', () => {
  assert.deepEqual([0, 1, 100, 101, -1, 1.5, Number.NaN, '2', undefined].map(replicasProblem), [
    undefined,
    undefined,
    undefined,
    'replicas-invalid',
    'replicas-invalid',
    'replicas-invalid',
    'replicas-invalid',
    'replicas-invalid',
    'replicas-invalid',
  ]);
});

test('AMI ids are ami- with 8 or 17 lowercase hex digits', () => {
  assert.deepEqual(
    [
      'ami-0a1b2c3d',
      'ami-0a1b2c3d4e5f60718',
      'ami-0a1b2c3d4',
      'ami-0A1B2C3D',
      'ami-0a1b2c3g',
      'i-0a1b2c3d',
      '',
    ].map((id) => problemOf('AWS', 'ami', id)),
    [undefined, undefined, 'ami-invalid', 'ami-invalid', 'ami-invalid', 'ami-invalid', 'required'],
  );
});

const zoneCases: [string, string, string, string | undefined][] = [
  ['AWS', 'us-east-1', 'us-east-1a', undefined],
  ['AWS', 'us-east-1', 'us-east-2a', 'zone-outside-region'],
  ['AWS', 'us-east-1', 'us-east-1', 'zone-outside-region'],
  ['GCP', 'us-central1', 'us-central1-a', undefined],
  ['GCP', 'us-central1', 'us-east1-b', 'zone-outside-region'],
  ['Azure', 'centralus', '2', undefined],
  ['Azure', 'centralus', '4', 'zone-outside-region'],
  ['AWS', 'us-east-1', '', 'required'],
];

for (const [type, region, zone, expected] of zoneCases) {
  test(`${type} zone "${zone}" in ${region || 'no region'}: ${expected ?? 'fine'}`, () => {
    assert.equal(problemOf(type, 'zone', zone, { region }), expected);
  });
}

test('vSphere asks no zone', () => {
  assert.equal(
    platform('VSphere').fields.some((field) => field.role === 'zone'),
    false,
  );
});
