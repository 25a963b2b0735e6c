import { aws } from './aws-platform';
import { azure } from './azure-platform';
import { gcp } from './gcp-platform';
import type { MachineSetPlatform } from './machine-set-platform';
import { nutanix } from './nutanix-platform';
import { vsphere } from './vsphere-platform';

/** Every platform with Windows MachineSets: a module each, registered here. */
const platforms: readonly MachineSetPlatform[] = [aws, azure, vsphere, gcp, nutanix];

export const machineSetPlatforms = platforms;

/** The platform of an Infrastructure `platformStatus.type`, if it has Windows MachineSets. */
export function machineSetPlatform(type: string | undefined): MachineSetPlatform | undefined {
  return machineSetPlatforms.find((platform) => platform.type === type);
}

/** The platform a providerSpec kind belongs to, if any. */
export function platformOfProviderKind(kind: unknown): MachineSetPlatform | undefined {
  return machineSetPlatforms.find((platform) => platform.providerKind === kind);
}
