import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { V1Node } from '@kubernetes/client-node';
import type { MachineSetDefaults } from '../contract/machinesets';
import { resources } from '../../integration-tests/cluster/resources';
import { AZURE_INFRASTRUCTURE_NAME as infra } from '../../integration-tests/cluster/scenarios/azure-cluster';
import type { MachineSetInputs } from '../src/domain/machinesets/machine-set-inputs';
import { windowsMachineSetObject } from '../src/domain/machinesets/machine-set-template';
import { machineSetYaml } from '../src/domain/machinesets/machine-set-yaml';
import { azureMarketplaceImage } from '../src/domain/machinesets/windows-images';
import { startMachineSetsHarness, type MachineSetsHarness } from './machinesets-harness';

let harness: MachineSetsHarness;

before(async () => {
  harness = await startMachineSetsHarness('azure-wmco-installed');
});

after(async () => {
  await harness.stop();
});

const image = azureMarketplaceImage('2019');
const inputs: MachineSetInputs = {
  platform: 'Azure',
  infrastructureName: infra,
  name: 'winworker',
  replicas: 1,
  values: {
    region: 'centralus',
    zone: '2',
    vmSize: 'Standard_D4s_v3',
    imagePublisher: image.publisher,
    imageOffer: image.offer,
    imageSku: image.sku,
    imageVersion: image.version,
    resourceGroup: `${infra}-rg`,
    networkResourceGroup: `${infra}-rg`,
    vnet: `${infra}-vnet`,
    subnet: `${infra}-worker-subnet`,
    managedIdentity: `${infra}-identity`,
  },
};

test('Azure defaults come from the Linux workers: location, zones, VM size, network', async () => {
  const { status, body } = await harness.call<MachineSetDefaults>('GET', '/machinesets/defaults');
  assert.equal(status, 200);
  assert.equal(body.platform, 'Azure');
  assert.deepEqual(body.windowsServerVersions, ['2019', '2022', '2025']);
  assert.deepEqual(
    body.zones.map((zone) => zone.name),
    ['1', '2', '3'],
  );
  assert.deepEqual(body.values, {
    region: 'centralus',
    vmSize: 'Standard_D4s_v3',
    resourceGroup: `${infra}-rg`,
    networkResourceGroup: `${infra}-rg`,
    vnet: `${infra}-vnet`,
    subnet: `${infra}-worker-subnet`,
    managedIdentity: `${infra}-identity`,
  });
});

test('a 10-character name is refused with the reason; zone 4 does not exist', async () => {
  const { status, body } = await harness.call<{ field: string; problems: object[] }>(
    'POST',
    '/machinesets',
    {
      yaml: machineSetYaml(
        windowsMachineSetObject({
          ...inputs,
          name: 'winworker1',
          values: { ...inputs.values, zone: '4' },
        }),
      ),
      windowsServer: '2019',
    },
  );
  assert.equal(status, 400);
  assert.equal(body.field, 'body.yaml.metadata.name');
  assert.deepEqual(body.problems, [
    { field: 'metadata.name', code: 'name-too-long' },
    {
      field: 'spec.template.spec.providerSpec.value.zone',
      code: 'zone-outside-region',
      params: { region: 'centralus' },
    },
  ]);
});

test('a 2019 MachineSet gets a machine named within 15 characters and a 2019 node', async () => {
  const created = await harness.call('POST', '/machinesets', {
    yaml: machineSetYaml(windowsMachineSetObject(inputs)),
    windowsServer: '2019',
  });
  assert.equal(created.status, 200, JSON.stringify(created.body));
  const state = await harness.machineSetsWhen(
    'a Running machine with a Ready node',
    (s) => s.machineSets[0]?.machines[0]?.nodeReady === true,
  );
  const [machine] = state.machineSets[0]?.machines ?? [];
  assert.match(machine?.name ?? '', /^winworker-[a-z0-9]{5}$/);
  assert.ok((machine?.name.length ?? 99) <= 15);
  assert.match(
    machine?.providerID ?? '',
    /^azure:\/\/\/subscriptions\/.+\/virtualMachines\/winworker-/,
  );
  const node = await harness.admin.get<V1Node>(resources.nodes, machine?.node ?? '');
  assert.equal(node.metadata?.labels?.['node.kubernetes.io/windows-build'], '10.0.17763');
  assert.equal(node.metadata?.labels?.['topology.kubernetes.io/zone'], 'centralus-2');
});

test('a location without availability zones: an empty zone is accepted and the MachineSet has none', async () => {
  const zoneless = { ...inputs, name: 'winnozone', values: { ...inputs.values, zone: '' } };
  const created = await harness.call('POST', '/machinesets', {
    yaml: machineSetYaml(windowsMachineSetObject(zoneless)),
    windowsServer: '2019',
  });
  assert.equal(created.status, 200, JSON.stringify(created.body));
  const stored = await harness.admin.get<{
    kind: string;
    spec: { template: { spec: { providerSpec: { value: Record<string, unknown> } } } };
  }>(resources.machineSets, 'winnozone', 'openshift-machine-api');
  const provider = stored.spec.template.spec.providerSpec.value;
  assert.equal(provider.location, 'centralus');
  assert.equal('zone' in provider, false);
});
