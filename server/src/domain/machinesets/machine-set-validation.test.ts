import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MachineSetInputs } from './machine-set-inputs';
import { windowsMachineSetObject } from './machine-set-template';
import { validateWindowsMachineSet, type MachineSetCluster } from './machine-set-validation';

const awsInputs: MachineSetInputs = {
  platform: 'AWS',
  infrastructureName: 'winlab-7xk2p',
  name: 'winlab-7xk2p-windows-worker-us-east-1a',
  replicas: 2,
  values: {
    region: 'us-east-1',
    zone: 'us-east-1a',
    ami: 'ami-0e5a7f3d9c2b1a4e6',
    instanceType: 'm5a.large',
    iamInstanceProfile: 'winlab-7xk2p-worker-profile',
    securityGroups: 'winlab-7xk2p-node',
    subnet: 'winlab-7xk2p-subnet-private-us-east-1a',
  },
};

const awsCluster: MachineSetCluster = {
  platform: 'AWS',
  infrastructureName: 'winlab-7xk2p',
  region: 'us-east-1',
  windowsServerVersions: ['2019', '2022', '2025'],
  userDataSecretPresent: true,
};

const provider = 'spec.template.spec.providerSpec.value';

type Edit = [path: string[], value: unknown];
const value = ['spec', 'template', 'spec', 'providerSpec', 'value'];
const templateLabels = ['spec', 'template', 'metadata', 'labels'];

/** The AWS MachineSet with values replaced (undefined: removed), as an admin editing the YAML would. */
function editedAws(...edits: Edit[]): unknown {
  const object = structuredClone(windowsMachineSetObject(awsInputs));
  for (const [path, replacement] of edits) {
    const parent = path
      .slice(0, -1)
      .reduce<Record<string, unknown>>(
        (at, key) => at[key] as Record<string, unknown>,
        object as Record<string, unknown>,
      );
    const key = path.at(-1) ?? '';
    if (replacement === undefined) Reflect.deleteProperty(parent, key);
    else parent[key] = replacement;
  }
  return object;
}

test('the wizard’s own AWS MachineSet has no problems', () => {
  assert.deepEqual(validateWindowsMachineSet(editedAws(), '2022', awsCluster), []);
});

const cases: {
  name: string;
  object: unknown;
  windowsServer?: string;
  cluster?: Partial<MachineSetCluster>;
  expected: [field: string, code: string][];
}[] = [
  {
    name: 'an Azure MachineSet on an AWS cluster is a platform mismatch, and only that',
    object: windowsMachineSetObject({
      platform: 'Azure',
      infrastructureName: 'winlab-7xk2p',
      name: 'winworker',
      replicas: 1,
      values: {
        region: 'centralus',
        zone: '1',
        vmSize: 'Standard_D2s_v3',
        imagePublisher: 'p',
        imageOffer: 'o',
        imageSku: 's',
        imageVersion: 'latest',
        resourceGroup: 'rg',
        networkResourceGroup: 'rg',
        vnet: 'vnet',
        subnet: 'subnet',
        managedIdentity: 'identity',
      },
    }),
    expected: [[`${provider}.kind`, 'platform-mismatch']],
  },
  {
    name: 'a Deployment is not a MachineSet',
    object: { apiVersion: 'apps/v1', kind: 'Deployment' },
    expected: [['kind', 'not-a-machine-set']],
  },
  {
    name: 'a bare-metal cluster has no Windows MachineSets at all',
    object: editedAws(),
    cluster: { platform: 'BareMetal' },
    expected: [[`${provider}.kind`, 'platform-without-machine-sets']],
  },
  {
    name: 'name, replicas and namespace are checked',
    object: editedAws(
      [['metadata', 'name'], 'Windows_Workers'],
      [['metadata', 'namespace'], 'default'],
      [['spec', 'replicas'], 101],
    ),
    expected: [
      ['metadata.name', 'name-invalid'],
      ['metadata.namespace', 'namespace'],
      ['spec.replicas', 'replicas-invalid'],
      ['spec.selector.matchLabels', 'selector-mismatch'],
    ],
  },
  {
    name: 'without the os-id label WMCO would ignore the machines',
    object: editedAws([[...templateLabels, 'machine.openshift.io/os-id'], undefined]),
    expected: [['spec.template.metadata.labels', 'not-windows']],
  },
  {
    name: 'another infrastructure ID and a missing worker role are named',
    object: editedAws(
      [['metadata', 'labels', 'machine.openshift.io/cluster-api-cluster'], 'other-cluster'],
      [['spec', 'template', 'spec', 'metadata', 'labels'], {}],
    ),
    expected: [
      ['metadata.labels', 'infrastructure-mismatch'],
      ['spec.template.spec.metadata.labels', 'worker-role-missing'],
    ],
  },
  {
    name: 'the user data must be windows-user-data, and it must exist',
    object: editedAws([[...value, 'userDataSecret', 'name'], 'worker-user-data']),
    expected: [[`${provider}.userDataSecret.name`, 'user-data-secret']],
  },
  {
    name: 'a cluster without windows-user-data points to the install wizard',
    object: editedAws(),
    cluster: { userDataSecretPresent: false },
    expected: [[`${provider}.userDataSecret.name`, 'user-data-missing']],
  },
  {
    name: 'a Windows Server version the matrix does not allow here is refused',
    object: editedAws(),
    windowsServer: '2019',
    cluster: { windowsServerVersions: ['2022'] },
    expected: [['windowsServer', 'windows-server-unsupported']],
  },
  {
    name: 'AMI shape, region and zone are checked',
    object: editedAws(
      [[...value, 'ami', 'id'], 'ami-123'],
      [[...value, 'placement'], { availabilityZone: 'us-west-2a', region: 'us-west-2' }],
      [[...value, 'instanceType'], ''],
    ),
    expected: [
      [`${provider}.placement.region`, 'region-mismatch'],
      [`${provider}.instanceType`, 'required'],
      [`${provider}.ami.id`, 'ami-invalid'],
    ],
  },
  {
    name: 'a zone of another region is named',
    object: editedAws([[...value, 'placement', 'availabilityZone'], 'us-east-2b']),
    expected: [[`${provider}.placement.availabilityZone`, 'zone-outside-region']],
  },
];

for (const { name, object, windowsServer, cluster, expected } of cases) {
  test(name, () => {
    const problems = validateWindowsMachineSet(object, windowsServer ?? '2022', {
      ...awsCluster,
      ...cluster,
    });
    assert.deepEqual(
      problems.map((problem) => [problem.field, problem.code]),
      expected,
    );
  });
}

const vsphereInputs: MachineSetInputs = {
  platform: 'VSphere',
  infrastructureName: 'winlab-vs9q2',
  name: 'winworker',
  replicas: 1,
  values: {
    template: 'windows-golden-images/windows-server-2022-template',
    networkName: 'VM Network',
    server: 'vcenter.winlab.example.com',
    datacenter: 'WinLab-DC',
    datastore: '/WinLab-DC/datastore/WinLab-DS01',
    folder: '/WinLab-DC/vm/winlab-vs9q2',
    resourcePool: '/WinLab-DC/host/WinLab-Cluster/Resources',
  },
};
const vsphereCluster: MachineSetCluster = {
  platform: 'VSphere',
  infrastructureName: 'winlab-vs9q2',
  windowsServerVersions: ['2022', '2025'],
  userDataSecretPresent: true,
  forbidden: ['winlab-vs9q2-rhcos-generated-region-generated-zone'],
};

test('vSphere: 10 characters are too many, the RHCOS template and an image of another version are refused', () => {
  const object = windowsMachineSetObject({
    ...vsphereInputs,
    name: 'winworker1',
    values: {
      ...vsphereInputs.values,
      template: 'winlab-vs9q2-rhcos-generated-region-generated-zone',
    },
  });
  assert.deepEqual(
    validateWindowsMachineSet(object, '2022', vsphereCluster).map((p) => [p.field, p.code]),
    [
      ['metadata.name', 'name-too-long'],
      [`${provider}.template`, 'linux-template'],
    ],
  );
  const named2025 = windowsMachineSetObject({
    ...vsphereInputs,
    values: { ...vsphereInputs.values, template: 'golden/windows-server-2025' },
  });
  assert.deepEqual(
    validateWindowsMachineSet(named2025, '2022', vsphereCluster).map((p) => p.code),
    ['image-version-mismatch'],
  );
  assert.deepEqual(
    validateWindowsMachineSet(windowsMachineSetObject(vsphereInputs), '2022', vsphereCluster),
    [],
  );
});

test('Azure: a region without availability zones takes an empty zone; a zone is still 1–3', () => {
  const azure = (zone: string): MachineSetInputs => ({
    platform: 'Azure',
    infrastructureName: 'winlab-az7q2',
    name: 'winworker',
    replicas: 1,
    values: {
      region: 'northcentralus',
      zone,
      vmSize: 'Standard_D2s_v3',
      imagePublisher: 'MicrosoftWindowsServer',
      imageOffer: 'WindowsServer',
      imageSku: '2022-datacenter-smalldisk',
      imageVersion: 'latest',
      resourceGroup: 'rg',
      networkResourceGroup: 'rg',
      vnet: 'vnet',
      subnet: 'subnet',
    },
  });
  const azureCluster: MachineSetCluster = {
    platform: 'Azure',
    infrastructureName: 'winlab-az7q2',
    region: 'northcentralus',
    windowsServerVersions: ['2019', '2022', '2025'],
    userDataSecretPresent: true,
  };
  const providerOf = (machineSet: unknown) =>
    (machineSet as { spec: { template: { spec: { providerSpec: { value: object } } } } }).spec
      .template.spec.providerSpec.value;
  for (const empty of ['', ' ']) {
    const zoneless = windowsMachineSetObject(azure(empty));
    assert.deepEqual(validateWindowsMachineSet(zoneless, '2022', azureCluster), []);
    assert.equal('zone' in providerOf(zoneless), false, `no zone for ${JSON.stringify(empty)}`);
  }
  assert.deepEqual(
    Object.entries(providerOf(windowsMachineSetObject(azure(' 2 ')))).filter(([key]) =>
      ['location', 'zone'].includes(key),
    ),
    [
      ['location', 'northcentralus'],
      ['zone', '2'],
    ],
  );
  assert.deepEqual(
    validateWindowsMachineSet(windowsMachineSetObject(azure('4')), '2022', azureCluster).map(
      (problem) => problem.code,
    ),
    ['zone-outside-region'],
  );
});
