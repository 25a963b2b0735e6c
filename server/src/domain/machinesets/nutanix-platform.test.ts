import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { deriveMachineSetDefaults, machineSetCluster } from './machine-set-defaults';
import { windowsMachineSetObject } from './machine-set-template';
import { validateWindowsMachineSet } from './machine-set-validation';
import { nutanix } from './nutanix-platform';

// WMCO's docs/machineset-nutanix.md as printed there, each placeholder filled with the value the
// inputs below give it.
const infrastructureName = 'winlab-nx5t2';
const documented = `
apiVersion: machine.openshift.io/v1beta1
kind: MachineSet
metadata:
  labels:
    machine.openshift.io/cluster-api-cluster: winlab-nx5t2
  name: winlab-nx5t2-windows-worker
  namespace: openshift-machine-api
spec:
  replicas: 1
  selector:
    matchLabels:
      machine.openshift.io/cluster-api-cluster: winlab-nx5t2
      machine.openshift.io/cluster-api-machineset: winlab-nx5t2-windows-worker
  template:
    metadata:
      labels:
        machine.openshift.io/cluster-api-cluster: winlab-nx5t2
        machine.openshift.io/cluster-api-machine-role: worker
        machine.openshift.io/cluster-api-machine-type: worker
        machine.openshift.io/cluster-api-machineset: winlab-nx5t2-windows-worker
        machine.openshift.io/os-id: Windows
    spec:
      metadata:
        labels:
          node-role.kubernetes.io/worker: ""
      providerSpec:
        value:
          apiVersion: machine.openshift.io/v1
          bootType: ""
          categories: null
          cluster:
            type: uuid
            uuid: 0005f8b2-3c4d-4e5f-8a6b-7c8d9e0f1a2b
          credentialsSecret:
            name: nutanix-credentials
          image:
            type: name
            name: nutanix-windows-server-2022
          kind: NutanixMachineProviderConfig
          memorySize: 16Gi
          project:
            type: ""
          subnets:
          - type: name
            name: winlab-subnet
          systemDiskSize: 120Gi
          userDataSecret:
            name: windows-user-data
          vcpuSockets: 4
          vcpusPerSocket: 1
`;

const values = {
  cluster: '0005f8b2-3c4d-4e5f-8a6b-7c8d9e0f1a2b',
  subnet: 'winlab-subnet',
  memorySize: '16Gi',
  systemDiskSize: '120Gi',
  vcpuSockets: '4',
  vcpusPerSocket: '1',
  image: 'nutanix-windows-server-2022',
};

const inputs = {
  platform: 'Nutanix',
  infrastructureName,
  name: nutanix.defaultName(infrastructureName, ''),
  replicas: 1,
  values,
};

test('the Nutanix template with the documented values is the documented MachineSet', () => {
  assert.deepEqual(windowsMachineSetObject(inputs), parse(documented));
});

test('a subnet or cluster given by UUID is referenced by UUID', () => {
  const object = windowsMachineSetObject({
    ...inputs,
    values: { ...values, subnet: 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e' },
  }) as { spec: { template: { spec: { providerSpec: { value: { subnets: unknown } } } } } };
  assert.deepEqual(object.spec.template.spec.providerSpec.value.subnets, [
    { type: 'uuid', uuid: 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e' },
  ]);
});

const worker = {
  metadata: { name: `${infrastructureName}-worker` },
  spec: {
    template: {
      metadata: { labels: { 'machine.openshift.io/cluster-api-machine-role': 'worker' } },
      spec: {
        providerSpec: {
          value: {
            kind: 'NutanixMachineProviderConfig',
            cluster: { type: 'uuid', uuid: values.cluster },
            subnets: [{ type: 'uuid', uuid: 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e' }],
            memorySize: '32Gi',
            systemDiskSize: '120Gi',
            vcpuSockets: 8,
            vcpusPerSocket: 1,
            image: { type: 'name', name: `${infrastructureName}-rhcos` },
          },
        },
      },
    },
  },
};

test('defaults come from the Linux worker, as WMCO’s e2e MachineSet takes them; never its image', () => {
  const defaults = deriveMachineSetDefaults({
    infrastructure: {
      status: { infrastructureName, platformStatus: { type: 'Nutanix' } },
    },
    machineSets: [worker],
    wmcoVersion: { installed: '10.22.0' },
    userDataSecretPresent: true,
    unreadable: [],
  });
  assert.deepEqual(defaults.windowsServerVersions, ['2022', '2025']);
  assert.deepEqual(defaults.workerMachineSets, [`${infrastructureName}-worker`]);
  assert.deepEqual(defaults.values, {
    cluster: values.cluster,
    subnet: 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e',
    memorySize: '32Gi',
    systemDiskSize: '120Gi',
    vcpuSockets: '8',
    vcpusPerSocket: '1',
  });
  assert.deepEqual(defaults.zones, []);
});

test('the reviewed YAML is checked: the image name and the version it names, the sizes', () => {
  const cluster = {
    ...machineSetCluster({
      ...deriveMachineSetDefaults({
        infrastructure: { status: { infrastructureName, platformStatus: { type: 'Nutanix' } } },
        machineSets: [worker],
        wmcoVersion: { installed: '10.22.0' },
        userDataSecretPresent: true,
        unreadable: [],
      }),
    }),
  };
  assert.deepEqual(validateWindowsMachineSet(windowsMachineSetObject(inputs), '2022', cluster), []);
  const problems = (changed: Record<string, string>, version = '2022') =>
    validateWindowsMachineSet(
      windowsMachineSetObject({ ...inputs, values: { ...values, ...changed } }),
      version,
      cluster,
    ).map((problem) => [problem.field, problem.code]);
  const value = 'spec.template.spec.providerSpec.value';
  assert.deepEqual(problems({ image: '', memorySize: '' }), [
    [`${value}.memorySize`, 'required'],
    [`${value}.image.name`, 'required'],
  ]);
  assert.deepEqual(problems({ image: 'nutanix-windows-server-2025' }), [
    [value, 'image-version-mismatch'],
  ]);
  assert.deepEqual(problems({ image: 'windows-server' }, '2019'), [
    ['windowsServer', 'windows-server-unsupported'],
  ]);
});
