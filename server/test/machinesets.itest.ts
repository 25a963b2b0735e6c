import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { V1Node } from '@kubernetes/client-node';
import { stringify } from 'yaml';
import type {
  CreateMachineSetRequest,
  MachineSetDefaults,
  WindowsMachineSetsResponse,
} from '../contract/machinesets';
import { resourcePath, resources } from '../../integration-tests/cluster/resources';
import { awsWindowsAmis } from '../../integration-tests/cluster/simulators/cloud-instances';
import { wmcoFullVersion } from '../../integration-tests/cluster/simulators/wmco';
import { waitFor } from '../../integration-tests/cluster/wait-for';
import type { MachineSetInputs } from '../src/domain/machinesets/machine-set-inputs';
import { windowsMachineSetObject } from '../src/domain/machinesets/machine-set-template';
import { startMachineSetsHarness, type MachineSetsHarness } from './machinesets-harness';

let harness: MachineSetsHarness;
let cluster: MachineSetsHarness['cluster'];
let admin: MachineSetsHarness['admin'];
let call: MachineSetsHarness['call'];

const namespace = 'openshift-machine-api';
const infrastructureName = 'winlab-7xk2p';
const name = `${infrastructureName}-windows-worker-us-east-1a`;

before(async () => {
  harness = await startMachineSetsHarness('aws-wmco-installed');
  ({ cluster, admin, call } = harness);
});

after(async () => {
  await harness.stop();
});

interface ErrorBody {
  code: string;
  params: Record<string, unknown>;
  field?: string;
  problems?: { code: string; params?: object }[];
}

/** The MachineSet problem an error names first, as the plugin words it: code and values. */
function firstProblem(body: ErrorBody): { code?: string; params?: object } {
  assert.equal(body.code, 'machine-set-invalid');
  const [problem] = body.problems ?? [];
  return { code: problem?.code, params: problem?.params };
}

const awsInputs: MachineSetInputs = {
  platform: 'AWS',
  infrastructureName,
  name,
  replicas: 2,
  values: {
    region: 'us-east-1',
    zone: 'us-east-1a',
    ami: awsWindowsAmis['2022'],
    instanceType: 'm6i.xlarge',
    iamInstanceProfile: `${infrastructureName}-worker-profile`,
    securityGroups: `${infrastructureName}-node, ${infrastructureName}-lb`,
    subnet: `${infrastructureName}-subnet-private-us-east-1a`,
  },
};

const azureInputs: MachineSetInputs = {
  platform: 'Azure',
  infrastructureName,
  name: 'winworker',
  replicas: 1,
  values: {
    region: 'centralus',
    zone: '1',
    vmSize: 'Standard_D2s_v3',
    imagePublisher: 'MicrosoftWindowsServer',
    imageOffer: 'WindowsServer',
    imageSku: '2022-datacenter-smalldisk',
    imageVersion: 'latest',
    resourceGroup: `${infrastructureName}-rg`,
    networkResourceGroup: `${infrastructureName}-rg`,
    vnet: `${infrastructureName}-vnet`,
    subnet: `${infrastructureName}-worker-subnet`,
    managedIdentity: `${infrastructureName}-identity`,
  },
};

/** The AWS inputs with some values changed. */
function awsWith(values: Record<string, string>): MachineSetInputs {
  return { ...awsInputs, values: { ...awsInputs.values, ...values } };
}

function createRequest(inputs: MachineSetInputs, dryRun?: boolean): CreateMachineSetRequest {
  return { yaml: stringify(windowsMachineSetObject(inputs)), windowsServer: '2022', dryRun };
}

test('the defaults come from the Infrastructure and the Linux worker MachineSets', async () => {
  const { status, body } = await call<MachineSetDefaults>('GET', '/machinesets/defaults');
  assert.equal(status, 200, JSON.stringify(body));
  assert.equal(body.platform, 'AWS');
  assert.equal(body.infrastructureName, infrastructureName);
  assert.deepEqual(body.wmco, { version: '10.22.0', source: 'installed' });
  assert.deepEqual(body.windowsServerVersions, ['2019', '2022', '2025']);
  assert.equal(body.userDataSecretPresent, true);
  assert.deepEqual(body.workerMachineSets, [
    `${infrastructureName}-worker-us-east-1a`,
    `${infrastructureName}-worker-us-east-1b`,
    `${infrastructureName}-worker-us-east-1c`,
  ]);
  assert.deepEqual(body.values, {
    region: 'us-east-1',
    instanceType: 'm6i.xlarge',
    iamInstanceProfile: `${infrastructureName}-worker-profile`,
    securityGroups: `${infrastructureName}-node, ${infrastructureName}-lb`,
  });
  assert.deepEqual(
    body.zones,
    ['a', 'b', 'c'].map((zone) => ({
      name: `us-east-1${zone}`,
      values: { subnet: `${infrastructureName}-subnet-private-us-east-1${zone}` },
    })),
  );
});

test('every platform’s template is accepted whole by the reference MachineSet CRD', async () => {
  const common = { infrastructureName, replicas: 1 };
  const objects: MachineSetInputs[] = [
    awsInputs,
    azureInputs,
    {
      ...common,
      platform: 'VSphere',
      name: 'winvs',
      values: {
        template: 'golden-images/windows-server-2022',
        networkName: 'VM Network',
        server: 's',
        datacenter: 'dc',
        datastore: 'ds',
        folder: '/dc/vm',
        resourcePool: '/rp',
      },
    },
    {
      ...common,
      platform: 'GCP',
      name: 'wingcp',
      values: {
        region: 'us-central1',
        zone: 'us-central1-a',
        projectID: 'p',
        image: 'projects/windows-cloud/global/images/family/windows-2022-core',
        machineType: 'n1-standard-4',
        network: 'n',
        subnetwork: 's',
        serviceAccountEmail: 'w@p.iam.gserviceaccount.com',
        tags: 't',
      },
    },
  ];
  for (const inputs of objects) {
    const object = windowsMachineSetObject(inputs) as { spec: unknown; metadata: object };
    const path = `${resourcePath(resources.machineSets, { namespace })}?dryRun=All&fieldValidation=Strict`;
    const stored = await admin.request<typeof object>('POST', path, object);
    assert.deepEqual(
      stored.spec,
      object.spec,
      `${inputs.platform}: nothing pruned or defaulted away`,
    );
  }
  assert.equal((await admin.list(resources.machineSets, { namespace })).length, 3, 'dry runs only');
});

test('the limited user is refused with a code that says what is missing', async () => {
  const { status, body } = await call<ErrorBody>(
    'POST',
    '/machinesets',
    createRequest(awsInputs),
    cluster.tokens.limited,
  );
  assert.equal(status, 403);
  assert.equal(body.code, 'infrastructure-unreadable');
  const list = await call<WindowsMachineSetsResponse>(
    'GET',
    '/machinesets',
    undefined,
    cluster.tokens.limited,
  );
  assert.equal(list.status, 200);
  assert.deepEqual(list.body.unreadable, [
    'machines.machine.openshift.io',
    'machinesets.machine.openshift.io',
    'nodes',
  ]);
});

test('an Azure MachineSet on this AWS cluster is refused with 400 naming the platform field', async () => {
  const { status, body } = await call<ErrorBody>('POST', '/machinesets', {
    yaml: stringify(windowsMachineSetObject(azureInputs)),
    windowsServer: '2022',
  });
  assert.equal(status, 400);
  assert.equal(body.field, 'body.yaml.spec.template.spec.providerSpec.value.kind');
  assert.deepEqual(firstProblem(body), {
    code: 'platform-mismatch',
    params: { platform: 'Azure', cluster: 'AWS' },
  });
});

test('broken input is refused with the field named, before anything reaches the cluster', async () => {
  // A RegExp: the schema validator refused it, in the words it has for the field.
  const cases: [object, string, RegExp | { code: string; params?: object }][] = [
    [{ yaml: 'kind: [', windowsServer: '2022' }, 'body.yaml', { code: 'yaml-invalid' }],
    [{ ...createRequest(awsInputs), extra: true }, 'body', /must NOT have additional properties/],
    [{ ...createRequest(awsInputs), windowsServer: '2016' }, 'body.windowsServer', /./],
    [
      createRequest(awsWith({ ami: 'ami-xyz' })),
      'body.yaml.spec.template.spec.providerSpec.value.ami.id',
      { code: 'ami-invalid' },
    ],
    [
      createRequest({ ...awsInputs, replicas: 101 }),
      'body.yaml.spec.replicas',
      { code: 'replicas-invalid' },
    ],
    [
      createRequest(awsWith({ zone: 'us-west-2a' })),
      'body.yaml.spec.template.spec.providerSpec.value.placement.availabilityZone',
      { code: 'zone-outside-region', params: { region: 'us-east-1' } },
    ],
  ];
  for (const [payload, field, expected] of cases) {
    const { status, body } = await call<ErrorBody>('POST', '/machinesets', payload);
    assert.equal(status, 400, JSON.stringify(payload).slice(0, 80));
    assert.equal(body.field, field);
    if (expected instanceof RegExp) {
      assert.equal(body.code, 'invalid-request');
      assert.match(String(body.params.detail), expected);
    } else {
      const problem = firstProblem(body);
      assert.equal(problem.code, expected.code);
      if (expected.params) assert.deepEqual(problem.params, expected.params);
    }
  }
  assert.equal((await admin.list(resources.machineSets, { namespace })).length, 3);
});

test('a dry run creates nothing; the create stores exactly the reviewed MachineSet', async () => {
  const dry = await call<{ created: boolean }>(
    'POST',
    '/machinesets',
    createRequest(awsInputs, true),
  );
  assert.equal(dry.status, 200, JSON.stringify(dry.body));
  assert.equal(dry.body.created, false);
  assert.equal((await admin.list(resources.machineSets, { namespace })).length, 3);

  const created = await call<{ name: string; created: boolean }>(
    'POST',
    '/machinesets',
    createRequest(awsInputs),
  );
  assert.equal(created.status, 200, JSON.stringify(created.body));
  assert.deepEqual(created.body, { name, created: true });
  const stored = await admin.get<{ metadata: object; spec: unknown }>(
    resources.machineSets,
    name,
    namespace,
  );
  assert.deepEqual(stored.spec, (windowsMachineSetObject(awsInputs) as { spec: unknown }).spec);

  const again = await call<ErrorBody>('POST', '/machinesets', createRequest(awsInputs));
  assert.equal(again.status, 409);
  assert.equal(again.body.code, 'api-server-refused');
  assert.match(String(again.body.params.message), /already exists/);
});

test('the Machine API and WMCO stand-ins bring up 2 Running machines with Ready Windows nodes', async () => {
  const state = await harness.machineSetsWhen(
    '2 ready machines',
    (s) => s.machineSets[0]?.ready === 2 && s.machineSets[0].machines.every((m) => m.nodeReady),
  );
  const [machineSet] = state.machineSets;
  assert.equal(machineSet?.name, name);
  assert.deepEqual([machineSet?.desired, machineSet?.current, machineSet?.available], [2, 2, 2]);
  assert.deepEqual(
    machineSet?.machines.map((m) => m.phase),
    ['Running', 'Running'],
  );
  for (const machine of machineSet?.machines ?? []) {
    assert.match(machine.providerID ?? '', /^aws:\/\/\/us-east-1a\/i-[0-9a-f]{17}$/);
    assert.match(machine.address ?? '', /^10\.0\.\d+\.\d+$/);
    const node = await admin.get<V1Node>(resources.nodes, machine.node ?? '');
    assert.equal(node.metadata?.labels?.['node.kubernetes.io/windows-build'], '10.0.20348');
    assert.equal(
      node.metadata?.annotations?.['windowsmachineconfig.openshift.io/version'],
      wmcoFullVersion('10.22.0'),
    );
    assert.deepEqual(node.spec?.taints, [{ key: 'os', value: 'Windows', effect: 'NoSchedule' }]);
  }
});

test('a Windows MachineSet with replicas cannot be deleted', async () => {
  const { status, body } = await call<ErrorBody>('DELETE', `/machinesets/${name}`);
  assert.equal(status, 409);
  assert.deepEqual([body.code, body.params], ['machine-set-has-replicas', { name, count: 2 }]);
});

test('scaling to 1 through /scale removes one machine and its node', async () => {
  const before = await call<WindowsMachineSetsResponse>('GET', '/machinesets');
  const { status } = await call('PUT', `/machinesets/${name}/scale`, { replicas: 1 });
  assert.equal(status, 200);
  const state = await harness.machineSetsWhen(
    'one machine left',
    (s) => s.machineSets[0]?.machines.length === 1 && s.machineSets[0].current === 1,
  );
  const gone = before.body.machineSets[0]?.machines.find(
    (m) => m.name !== state.machineSets[0]?.machines[0]?.name,
  );
  await waitFor('its node to go', async () =>
    (await admin.list<V1Node>(resources.nodes)).some((n) => n.metadata?.name === gone?.node)
      ? undefined
      : true,
  );
});

test('removing the last machine by delete-machine and scale-down leaves the set at 0, then it can be deleted', async () => {
  const linux = await call<ErrorBody>(
    'PUT',
    `/machinesets/${infrastructureName}-worker-us-east-1a/scale`,
    { replicas: 5 },
  );
  assert.equal(linux.status, 400, 'the Linux workers are not this page’s to scale');
  const state = await call<WindowsMachineSetsResponse>('GET', '/machinesets');
  const machine = state.body.machineSets[0]?.machines[0]?.name ?? '';
  const removal = await call<{ replicas: number }>(
    'POST',
    `/machinesets/${name}/machines/${machine}/removal`,
    {
      mode: 'scale-down',
      skipDrain: true,
    },
  );
  assert.equal(removal.status, 200, JSON.stringify(removal.body));
  assert.equal(removal.body.replicas, 0);
  await harness.machineSetsWhen('no machines left', (s) => s.machineSets[0]?.machines.length === 0);
  const deleted = await call<{ deleted: string }>('DELETE', `/machinesets/${name}`);
  assert.equal(deleted.status, 200, JSON.stringify(deleted.body));
  await harness.machineSetsWhen('the MachineSet gone', (s) => s.machineSets.length === 0);
});

test('without windows-user-data the create points to the install wizard', async () => {
  await admin.request(
    'DELETE',
    resourcePath(resources.secrets, { namespace, name: 'windows-user-data' }),
  );
  const { status, body } = await call<ErrorBody>('POST', '/machinesets', createRequest(awsInputs));
  assert.equal(status, 400);
  assert.equal(body.field, 'body.yaml.spec.template.spec.providerSpec.value.userDataSecret.name');
  assert.equal(firstProblem(body).code, 'user-data-missing');
});
