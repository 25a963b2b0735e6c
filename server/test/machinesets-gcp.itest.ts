import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { MachineSetDefaults } from '../contract/machinesets';
import {
  GCP_INFRASTRUCTURE_NAME as infra,
  GCP_PROJECT,
} from '../../integration-tests/cluster/scenarios/gcp-cluster';
import { windowsMachineSetObject } from '../src/domain/machinesets/machine-set-template';
import { machineSetYaml } from '../src/domain/machinesets/machine-set-yaml';
import { gcpImageFamily } from '../src/domain/machinesets/windows-images';
import { startMachineSetsHarness, type MachineSetsHarness } from './machinesets-harness';

let harness: MachineSetsHarness;

before(async () => {
  harness = await startMachineSetsHarness('gcp-wmco-installed');
});

after(async () => {
  await harness.stop();
});

test('GCP: defaults from the Infrastructure and the workers, and a 2019 image is refused', async () => {
  const { body: defaults } = await harness.call<MachineSetDefaults>('GET', '/machinesets/defaults');
  assert.deepEqual(defaults.windowsServerVersions, ['2022', '2025'], 'GCP never ran 2019');
  assert.deepEqual(defaults.values, {
    region: 'us-central1',
    projectID: GCP_PROJECT,
    machineType: 'n2-standard-4',
    network: `${infra}-network`,
    subnetwork: `${infra}-worker-subnet`,
    serviceAccountEmail: `${infra}-w@${GCP_PROJECT}.iam.gserviceaccount.com`,
    tags: `${infra}-worker`,
  });
  assert.deepEqual(
    defaults.zones.map((zone) => zone.name),
    ['us-central1-a', 'us-central1-b', 'us-central1-c'],
  );
  const object = windowsMachineSetObject({
    platform: 'GCP',
    infrastructureName: infra,
    name: `${infra}-windows-worker-b`,
    replicas: 1,
    values: { ...defaults.values, zone: 'us-central1-b', image: gcpImageFamily('2022') },
  });
  const refused = await harness.call<{ field: string }>('POST', '/machinesets', {
    yaml: machineSetYaml(object),
    windowsServer: '2019',
  });
  assert.equal(refused.status, 400);
  assert.equal(refused.body.field, 'body.windowsServer');

  const created = await harness.call('POST', '/machinesets', {
    yaml: machineSetYaml(object),
    windowsServer: '2022',
  });
  assert.equal(created.status, 200, JSON.stringify(created.body));
  const state = await harness.machineSetsWhen(
    'a Running machine with a Ready node',
    (s) => s.machineSets[0]?.machines[0]?.nodeReady === true,
  );
  const [machine] = state.machineSets[0]?.machines ?? [];
  assert.equal(machine?.phase, 'Running');
  assert.equal(machine?.providerID, `gce://${GCP_PROJECT}/us-central1-b/${machine?.name ?? ''}`);
  assert.equal(machine?.node, machine?.name);
});
