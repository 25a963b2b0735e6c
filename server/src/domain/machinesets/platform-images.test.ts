import { test } from 'node:test';
import assert from 'node:assert/strict';
import { imageFields, type ProviderSpecValue } from './machine-set-platform';
import { valueAt } from './object-path';
import { machineSetPlatform, machineSetPlatforms } from './platform-table';

interface Case {
  platform: string;
  /** The old image as a MachineSet may hold it, beside a setting that must survive. */
  old: ProviderSpecValue;
  image: Record<string, string>;
  /** What the new providerSpec holds at the image's paths. */
  expected: Record<string, unknown>;
  kept: string;
}

const cases: Case[] = [
  {
    platform: 'AWS',
    old: {
      ami: { arn: 'arn:aws:ec2:us-east-1::image/ami-0b7a3c5d9e1f24680' },
      instanceType: 'm5a.large',
    },
    image: { ami: 'ami-0e5a7f3d9c2b1a4e6' },
    expected: { ami: { id: 'ami-0e5a7f3d9c2b1a4e6' } },
    kept: 'instanceType',
  },
  {
    platform: 'Azure',
    old: {
      image: { resourceID: '/resourceGroups/rg/providers/Microsoft.Compute/images/win2019' },
      vmSize: 'Standard_D2s_v3',
    },
    image: {
      imagePublisher: 'MicrosoftWindowsServer',
      imageOffer: 'WindowsServer',
      imageSku: '2022-datacenter-smalldisk',
      imageVersion: 'latest',
    },
    expected: {
      image: {
        offer: 'WindowsServer',
        publisher: 'MicrosoftWindowsServer',
        resourceID: '',
        sku: '2022-datacenter-smalldisk',
        version: 'latest',
      },
    },
    kept: 'vmSize',
  },
  {
    platform: 'VSphere',
    old: { template: 'golden-images/windows-2019', numCPUs: 4 },
    image: { template: 'golden-images/windows-2022' },
    expected: { template: 'golden-images/windows-2022' },
    kept: 'numCPUs',
  },
  {
    platform: 'GCP',
    old: {
      disks: [
        { boot: true, image: 'projects/windows-cloud/global/images/family/windows-2019-core' },
        { boot: false, image: 'data-disk-image' },
      ],
      machineType: 'n1-standard-4',
    },
    image: { image: 'projects/windows-cloud/global/images/family/windows-2022-core' },
    expected: {
      disks: [
        { boot: true, image: 'projects/windows-cloud/global/images/family/windows-2022-core' },
        { boot: false, image: 'data-disk-image' },
      ],
    },
    kept: 'machineType',
  },
  {
    platform: 'Nutanix',
    old: {
      image: { type: 'uuid', uuid: '3f0c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8' },
      memorySize: '16Gi',
    },
    image: { image: 'nutanix-windows-server-2022' },
    expected: { image: { type: 'name', name: 'nutanix-windows-server-2022' } },
    kept: 'memorySize',
  },
];

for (const { platform: type, old, image, expected, kept } of cases) {
  test(`${type}: the image goes where the platform keeps it, the rest stays`, () => {
    const platform = machineSetPlatform(type);
    assert.ok(platform);
    const before = structuredClone(old);
    const changed = platform.withImage(old, image);
    for (const [key, value] of Object.entries(expected)) assert.deepEqual(changed[key], value);
    assert.deepEqual(changed[kept], old[kept]);
    assert.deepEqual(old, before, 'the old providerSpec is left untouched');
  });

  test(`${type}: every image field of the form lands on its providerSpec path`, () => {
    const platform = machineSetPlatform(type);
    assert.ok(platform);
    const changed = platform.withImage(old, image);
    for (const field of imageFields(platform)) {
      assert.ok(field.path, `${field.name} has a path`);
      assert.equal(valueAt(changed, field.path), image[field.name], field.name);
    }
  });
}

test('every platform of the table is covered', () => {
  assert.deepEqual(
    machineSetPlatforms.map((platform) => platform.type).sort(),
    cases.map((c) => c.platform).sort(),
  );
});
