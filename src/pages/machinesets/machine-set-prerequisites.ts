import type { MachineSetDefaults } from '../../../server/contract/machinesets';
import { platformOf } from './machine-set-form';

export type Blocker =
  'no-windows-server' | 'user-data-missing' | 'vxlan-port-missing' | 'checklist-open';

/** The ids of the platform's checklist (what the admin confirms; nothing the BFF can see). */
export function checklistOf(platform: string): string[] {
  return (platformOf(platform).prerequisites?.checklist ?? []).map((item) => item.id);
}

/** Why the wizard cannot go on yet; empty when it can. */
export function prerequisiteBlockers(
  platform: string,
  defaults: MachineSetDefaults,
  confirmed: ReadonlySet<string>,
): Blocker[] {
  const blockers: Blocker[] = [];
  if (defaults.windowsServerVersions.length === 0) blockers.push('no-windows-server');
  if (defaults.userDataSecretPresent === false) blockers.push('user-data-missing');
  const needs = platformOf(platform).prerequisites;
  if (needs?.needsVxlanPort && defaults.hybridOverlayVXLANPort === undefined)
    blockers.push('vxlan-port-missing');
  if (checklistOf(platform).some((item) => !confirmed.has(item))) blockers.push('checklist-open');
  return blockers;
}
