import type { MachineSetDefaults } from '../../../server/contract/machinesets';
import type { MachineSetPlatform } from '../../../server/src/domain/machinesets/machine-set-inputs';

/** What the admin confirms before a vSphere Windows MachineSet (guide 5.3.2): nothing the BFF can see. */
export const vsphereChecklist = [
  'vmware-tools',
  'exclude-nics',
  'openssh',
  'firewall',
  'sysprep',
  'template',
  'api-int',
] as const;
export type ChecklistItem = (typeof vsphereChecklist)[number];

export type Blocker =
  'no-windows-server' | 'user-data-missing' | 'vxlan-port-missing' | 'checklist-open';

/** Why the wizard cannot go on yet; empty when it can. */
export function prerequisiteBlockers(
  platform: MachineSetPlatform,
  defaults: MachineSetDefaults,
  confirmed: ReadonlySet<ChecklistItem>,
): Blocker[] {
  const blockers: Blocker[] = [];
  if (defaults.windowsServerVersions.length === 0) blockers.push('no-windows-server');
  if (defaults.userDataSecretPresent === false) blockers.push('user-data-missing');
  if (platform === 'VSphere') {
    if (defaults.hybridOverlayVXLANPort === undefined) blockers.push('vxlan-port-missing');
    if (vsphereChecklist.some((item) => !confirmed.has(item))) blockers.push('checklist-open');
  }
  return blockers;
}
