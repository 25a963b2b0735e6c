import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MachineSetDefaults } from '../../../server/contract/machinesets';
import { windowsMachineSetObject } from '../../../server/src/domain/machinesets/machine-set-template';
import {
  changeField,
  changeWindowsServer,
  initialMachineSetForm,
  machineSetFormProblems,
  machineSetInputs,
} from './machine-set-form';

const awsDefaults: MachineSetDefaults = {
  platform: 'AWS',
  infrastructureName: 'winlab-7xk2p',
  wmco: { version: '10.22.0', source: 'installed' },
  windowsServerVersions: ['2019', '2022', '2025'],
  userDataSecretPresent: true,
  workerMachineSets: ['winlab-7xk2p-worker-us-east-1a', 'winlab-7xk2p-worker-us-east-1b'],
  values: {
    region: 'us-east-1',
    instanceType: 'm6i.xlarge',
    iamInstanceProfile: 'winlab-7xk2p-worker-profile',
    securityGroups: 'winlab-7xk2p-node, winlab-7xk2p-lb',
  },
  zones: [
    { name: 'us-east-1a', values: { subnet: 'winlab-7xk2p-subnet-private-us-east-1a' } },
    { name: 'us-east-1b', values: { subnet: 'winlab-7xk2p-subnet-private-us-east-1b' } },
  ],
  forbidden: [],
  unreadable: [],
};

test('the AWS form starts from the workers’ values and asks only for the AMI', () => {
  const form = initialMachineSetForm('AWS', awsDefaults);
  assert.equal(form.windowsServer, '2022');
  assert.equal(form.values.name, 'winlab-7xk2p-windows-worker-us-east-1a');
  assert.equal(form.values.subnet, 'winlab-7xk2p-subnet-private-us-east-1a');
  assert.equal(form.values.securityGroups, 'winlab-7xk2p-node, winlab-7xk2p-lb');
  assert.deepEqual(machineSetFormProblems(form, awsDefaults), { ami: 'required' });
  const filled = changeField(form, 'ami', 'ami-0e5a7f3d9c2b1a4e6', awsDefaults);
  assert.deepEqual(machineSetFormProblems(filled, awsDefaults), {});
  const object = windowsMachineSetObject(machineSetInputs(filled, awsDefaults)) as {
    spec: { template: { spec: { providerSpec: { value: { securityGroups: unknown[] } } } } };
  };
  assert.equal(object.spec.template.spec.providerSpec.value.securityGroups.length, 2);
});

test('name and subnet follow the zone until the admin changes them', () => {
  const form = initialMachineSetForm('AWS', awsDefaults);
  const moved = changeField(form, 'zone', 'us-east-1b', awsDefaults);
  assert.equal(moved.values.name, 'winlab-7xk2p-windows-worker-us-east-1b');
  assert.equal(moved.values.subnet, 'winlab-7xk2p-subnet-private-us-east-1b');
  const named = changeField(form, 'name', 'my-windows', awsDefaults);
  const namedMoved = changeField(named, 'zone', 'us-east-1b', awsDefaults);
  assert.equal(namedMoved.values.name, 'my-windows');
  assert.deepEqual(
    machineSetFormProblems(changeField(form, 'zone', 'us-west-2a', awsDefaults), awsDefaults).zone,
    'zone-outside-region',
  );
});

test('field problems use the BFF’s rules: replicas, AMI shape, and the vSphere name limit', () => {
  const form = initialMachineSetForm('AWS', awsDefaults);
  const broken = ['replicas', 'ami', 'instanceType'].reduce(
    (current, field) =>
      changeField(
        current,
        field,
        { replicas: '1.5', ami: 'ami-1', instanceType: '' }[field] ?? '',
        awsDefaults,
      ),
    form,
  );
  assert.deepEqual(machineSetFormProblems(broken, awsDefaults), {
    replicas: 'replicas-invalid',
    ami: 'ami-invalid',
    instanceType: 'required',
  });
  const vsphereDefaults: MachineSetDefaults = {
    ...awsDefaults,
    platform: 'VSphere',
    windowsServerVersions: ['2022', '2025'],
    values: {
      server: 'vcenter',
      datacenter: 'DC',
      datastore: 'DS',
      folder: '/DC/vm/x',
      networkName: 'VM Network',
    },
    zones: [],
    forbidden: ['x-rhcos'],
  };
  const vsphere = initialMachineSetForm('VSphere', vsphereDefaults);
  assert.equal(vsphere.values.name, 'winworker');
  const tooLong = changeField(vsphere, 'name', 'winworker1', vsphereDefaults);
  const rhcos = changeField(tooLong, 'template', 'x-rhcos', vsphereDefaults);
  assert.deepEqual(machineSetFormProblems(rhcos, vsphereDefaults), {
    name: 'name-too-long',
    template: 'linux-template',
  });
});

test('the image defaults follow the Windows Server version unless edited', () => {
  const azureDefaults: MachineSetDefaults = {
    ...awsDefaults,
    platform: 'Azure',
    values: { region: 'centralus', vmSize: 'Standard_D4s_v3' },
    zones: [{ name: '1', values: {} }],
  };
  const form = initialMachineSetForm('Azure', azureDefaults);
  assert.equal(form.values.imageSku, '2022-datacenter-smalldisk');
  assert.equal(
    changeWindowsServer(form, '2019').values.imageSku,
    '2019-Datacenter-with-Containers',
  );
  const edited = changeField(form, 'imageSku', 'my-sku', azureDefaults);
  assert.equal(changeWindowsServer(edited, '2019').values.imageSku, 'my-sku');
  const only2022 = { ...azureDefaults, windowsServerVersions: ['2022' as const] };
  assert.equal(
    machineSetFormProblems(changeWindowsServer(form, '2019'), only2022).windowsServer,
    'windows-server-unsupported',
  );
});
