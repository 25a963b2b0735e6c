import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MachineSet } from '../openshift-objects';
import {
  deriveMachineSetDefaults,
  machineSetCluster,
  windowsServerChoices,
  type MachineSetReadout,
} from './machine-set-defaults';

function worker(name: string, value: Record<string, unknown>, windows = false): MachineSet {
  return {
    metadata: { name },
    spec: {
      template: {
        metadata: {
          labels: {
            'machine.openshift.io/cluster-api-machine-role': 'worker',
            ...(windows ? { 'machine.openshift.io/os-id': 'Windows' } : {}),
          },
        },
        spec: { providerSpec: { value } },
      },
    },
  };
}

function awsWorker(zone: string): Record<string, unknown> {
  const byName = (value: string) => ({ filters: [{ name: 'tag:Name', values: [value] }] });
  return {
    kind: 'AWSMachineProviderConfig',
    instanceType: 'm6i.xlarge',
    iamInstanceProfile: { id: 'winlab-worker-profile' },
    placement: { availabilityZone: zone, region: 'us-east-1' },
    securityGroups: [byName('winlab-node'), byName('winlab-lb')],
    subnet: byName(`winlab-subnet-private-${zone}`),
  };
}

const awsReadout: MachineSetReadout = {
  infrastructure: {
    status: {
      infrastructureName: 'winlab',
      platformStatus: { type: 'AWS', aws: { region: 'us-east-1' } },
    },
  },
  machineSets: [
    worker('winlab-worker-us-east-1b', awsWorker('us-east-1b')),
    worker('winlab-worker-us-east-1a', awsWorker('us-east-1a')),
    worker('winlab-windows', { ...awsWorker('us-east-1c'), instanceType: 'm5a.large' }, true),
  ],
  wmcoVersion: { installed: '10.22.0' },
  userDataSecretPresent: true,
  unreadable: [],
};

test('AWS defaults come from the Linux workers, never from a Windows MachineSet', () => {
  const defaults = deriveMachineSetDefaults(awsReadout);
  assert.deepEqual(defaults.workerMachineSets, [
    'winlab-worker-us-east-1a',
    'winlab-worker-us-east-1b',
  ]);
  assert.deepEqual(defaults.values, {
    region: 'us-east-1',
    instanceType: 'm6i.xlarge',
    iamInstanceProfile: 'winlab-worker-profile',
    securityGroups: 'winlab-node, winlab-lb',
  });
  assert.deepEqual(defaults.zones, [
    { name: 'us-east-1a', values: { subnet: 'winlab-subnet-private-us-east-1a' } },
    { name: 'us-east-1b', values: { subnet: 'winlab-subnet-private-us-east-1b' } },
  ]);
  assert.deepEqual(defaults.wmco, { version: '10.22.0', source: 'installed' });
  assert.deepEqual(defaults.windowsServerVersions, ['2019', '2022', '2025']);
  assert.equal(machineSetCluster(defaults).region, 'us-east-1');
});

test('without workers the fields stay empty, and the catalog version judges before install', () => {
  const defaults = deriveMachineSetDefaults({
    ...awsReadout,
    machineSets: [],
    wmcoVersion: { catalog: '10.21.1' },
  });
  assert.deepEqual(defaults.zones, []);
  assert.equal(defaults.values.instanceType, undefined);
  assert.equal(defaults.values.region, 'us-east-1', 'the Infrastructure still names the region');
  assert.deepEqual(defaults.wmco, { version: '10.21.1', source: 'catalog' });
  assert.deepEqual(defaults.windowsServerVersions, ['2019', '2022']);
});

test('vSphere defaults: workspace and network of the workers, their RHCOS template kept aside', () => {
  const defaults = deriveMachineSetDefaults({
    infrastructure: {
      status: { infrastructureName: 'vs', platformStatus: { type: 'VSphere' } },
    },
    machineSets: [
      worker('vs-worker-0', {
        kind: 'VSphereMachineProviderSpec',
        template: 'vs-rhcos',
        network: { devices: [{ networkName: 'VM Network' }] },
        workspace: {
          server: 'vcenter',
          datacenter: 'DC',
          datastore: 'DS',
          folder: '/DC/vm/vs',
          resourcePool: '/DC/host/C/Resources',
        },
      }),
    ],
    wmcoVersion: { installed: '10.22.0' },
    vxlanPort: 9898,
    unreadable: [],
  });
  assert.deepEqual(defaults.values, {
    server: 'vcenter',
    datacenter: 'DC',
    datastore: 'DS',
    folder: '/DC/vm/vs',
    resourcePool: '/DC/host/C/Resources',
    networkName: 'VM Network',
  });
  assert.deepEqual(defaults.forbidden, ['vs-rhcos'], 'the RHCOS template is kept aside');
  assert.deepEqual(defaults.windowsServerVersions, ['2022', '2025']);
});

test('Azure and GCP defaults read their own fields', () => {
  const azure = deriveMachineSetDefaults({
    infrastructure: { status: { infrastructureName: 'az', platformStatus: { type: 'Azure' } } },
    machineSets: ['1', '2'].map((zone) =>
      worker(`az-worker-centralus${zone}`, {
        kind: 'AzureMachineProviderSpec',
        location: 'centralus',
        zone,
        vmSize: 'Standard_D4s_v3',
        resourceGroup: 'az-rg',
        networkResourceGroup: 'az-rg',
        vnet: 'az-vnet',
        subnet: 'az-worker-subnet',
        managedIdentity: 'az-identity',
      }),
    ),
    wmcoVersion: {},
    unreadable: ['subscriptions.operators.coreos.com'],
  });
  assert.deepEqual(
    azure.zones.map((zone) => zone.name),
    ['1', '2'],
  );
  assert.equal(azure.values.vmSize, 'Standard_D4s_v3');
  assert.deepEqual(azure.windowsServerVersions, [], 'no WMCO version, no versions to offer');
  assert.equal(machineSetCluster(azure).region, 'centralus');

  const gcp = deriveMachineSetDefaults({
    infrastructure: {
      status: {
        infrastructureName: 'gc',
        platformStatus: { type: 'GCP', gcp: { region: 'us-central1', projectID: 'proj' } },
      },
    },
    machineSets: [
      worker('gc-worker-a', {
        kind: 'GCPMachineProviderSpec',
        zone: 'us-central1-a',
        machineType: 'n2-standard-4',
        networkInterfaces: [{ network: 'gc-network', subnetwork: 'gc-worker-subnet' }],
        serviceAccounts: [{ email: 'gc-w@proj.iam.gserviceaccount.com' }],
        tags: ['gc-worker'],
      }),
    ],
    wmcoVersion: { installed: '10.22.0' },
    unreadable: [],
  });
  assert.deepEqual(gcp.values, {
    region: 'us-central1',
    projectID: 'proj',
    machineType: 'n2-standard-4',
    network: 'gc-network',
    subnetwork: 'gc-worker-subnet',
    serviceAccountEmail: 'gc-w@proj.iam.gserviceaccount.com',
    tags: 'gc-worker',
  });
  assert.deepEqual(gcp.zones, [{ name: 'us-central1-a', values: {} }]);
});

test('Azure workers in a location without availability zones offer no zone to choose', () => {
  const zoneless = deriveMachineSetDefaults({
    infrastructure: { status: { infrastructureName: 'az', platformStatus: { type: 'Azure' } } },
    machineSets: [{}, { zone: '' }].map((zone, index) =>
      worker(`az-worker-northcentralus-${String(index)}`, {
        kind: 'AzureMachineProviderSpec',
        location: 'northcentralus',
        vmSize: 'Standard_D4s_v3',
        ...zone,
      }),
    ),
    wmcoVersion: { installed: '10.22.0' },
    unreadable: [],
  });
  assert.deepEqual(zoneless.zones, []);
  assert.equal(zoneless.values.zone, undefined);
  assert.equal(machineSetCluster(zoneless).region, 'northcentralus');
});

test('Windows Server choices follow the matrix; a custom VXLAN port rules out 2019', () => {
  assert.deepEqual(windowsServerChoices('10.22.0', 'Azure', undefined), ['2019', '2022', '2025']);
  assert.deepEqual(windowsServerChoices('10.22.0', 'Azure', 9898), ['2022', '2025']);
  assert.deepEqual(windowsServerChoices('8.0.0', 'AWS', undefined), ['2022']);
  assert.deepEqual(windowsServerChoices(undefined, 'AWS', undefined), []);
  assert.deepEqual(windowsServerChoices('10.22.0', 'BareMetal', undefined), ['2022', '2025']);
  assert.deepEqual(windowsServerChoices('10.21.0', 'BareMetal', undefined), ['2019', '2022']);
});
