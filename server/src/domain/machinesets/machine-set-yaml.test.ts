import { test } from 'node:test';
import assert from 'node:assert/strict';
import { windowsMachineSetObject } from './machine-set-template';
import { machineSetYaml, reviewMachineSetYaml } from './machine-set-yaml';

const cluster = { platform: 'VSphere', windowsServerVersions: ['2022'] };
const yaml = machineSetYaml(
  windowsMachineSetObject({
    platform: 'VSphere',
    infrastructureName: 'vs',
    name: 'winworker',
    replicas: 1,
    values: {
      template: 'golden/windows',
      networkName: 'VM Network',
      server: 's',
      datacenter: 'dc',
      datastore: 'ds',
      folder: '/f',
      resourcePool: '',
    },
  }),
);

test('generated YAML reviews clean; an edit is re-checked; broken YAML is named as such', () => {
  assert.deepEqual(reviewMachineSetYaml(yaml, '2022', cluster), []);
  assert.deepEqual(
    reviewMachineSetYaml(yaml.replace('replicas: 1', 'replicas: -3'), '2022', cluster).map(
      (problem) => [problem.field, problem.code],
    ),
    [['spec.replicas', 'replicas-invalid']],
  );
  const [broken] = reviewMachineSetYaml(`${yaml}\n  : : [`, '2022', cluster);
  assert.equal(broken?.code, 'yaml-invalid');
  assert.equal(broken.field, 'yaml');
});
