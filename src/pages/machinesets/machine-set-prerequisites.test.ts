import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MachineSetDefaults } from '../../../server/contract/machinesets';
import { checklistOf, prerequisiteBlockers } from './machine-set-prerequisites';

const vsphereChecklist = checklistOf('VSphere');

const ready: MachineSetDefaults = {
  platform: 'VSphere',
  wmco: { version: '10.22.0', source: 'installed' },
  windowsServerVersions: ['2022', '2025'],
  hybridOverlayVXLANPort: 9898,
  userDataSecretPresent: true,
  workerMachineSets: [],
  values: {},
  zones: [],
  forbidden: [],
  unreadable: [],
};

test('vSphere goes on once the VXLAN port is set and every checklist item is confirmed', () => {
  assert.equal(vsphereChecklist.length, 7, 'the guide’s seven preparations (5.3.2)');
  assert.deepEqual(prerequisiteBlockers('VSphere', ready, new Set()), ['checklist-open']);
  assert.deepEqual(prerequisiteBlockers('VSphere', ready, new Set(vsphereChecklist)), []);
  assert.deepEqual(
    prerequisiteBlockers(
      'VSphere',
      { ...ready, hybridOverlayVXLANPort: undefined },
      new Set(vsphereChecklist),
    ),
    ['vxlan-port-missing'],
  );
});

test('no WMCO version or no windows-user-data blocks every platform; unreadable user data does not', () => {
  assert.deepEqual(
    prerequisiteBlockers(
      'AWS',
      { ...ready, windowsServerVersions: [], userDataSecretPresent: false },
      new Set(),
    ),
    ['no-windows-server', 'user-data-missing'],
  );
  assert.deepEqual(
    prerequisiteBlockers('AWS', { ...ready, userDataSecretPresent: undefined }, new Set()),
    [],
  );
});
