import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MachineSetPlatform } from './machine-set-inputs';
import { amiProblem, nameProblem, replicasProblem, zoneProblem } from './machine-set-rules';

const nameCases: [name: string, platform: MachineSetPlatform, expected: string | undefined][] = [
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

for (const [name, platform, expected] of nameCases) {
  test(`name "${name}" on ${platform}: ${expected ?? 'fine'}`, () => {
    assert.equal(nameProblem(name, platform), expected);
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
    ].map(amiProblem),
    [undefined, undefined, 'ami-invalid', 'ami-invalid', 'ami-invalid', 'ami-invalid', 'required'],
  );
});

const zoneCases: [MachineSetPlatform, string, string, string | undefined][] = [
  ['AWS', 'us-east-1', 'us-east-1a', undefined],
  ['AWS', 'us-east-1', 'us-east-2a', 'zone-outside-region'],
  ['AWS', 'us-east-1', 'us-east-1', 'zone-outside-region'],
  ['GCP', 'us-central1', 'us-central1-a', undefined],
  ['GCP', 'us-central1', 'us-east1-b', 'zone-outside-region'],
  ['Azure', 'centralus', '2', undefined],
  ['Azure', 'centralus', '4', 'zone-outside-region'],
  ['AWS', 'us-east-1', '', 'required'],
  ['VSphere', '', '', undefined],
];

for (const [platform, region, zone, expected] of zoneCases) {
  test(`${platform} zone "${zone}" in ${region || 'no region'}: ${expected ?? 'fine'}`, () => {
    assert.equal(zoneProblem(platform, region, zone), expected);
  });
}
