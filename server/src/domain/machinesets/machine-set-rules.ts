import type { MachineSetPlatform } from './machine-set-inputs';
import type { MachineSetProblemCode } from './machine-set-problem';
import { amiIdPattern } from './windows-images';

const dnsLabel = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/**
 * Azure and vSphere name a Windows machine `<MachineSet>-<5 characters>` and Windows computer names
 * are at most 15 characters, so the MachineSet name gets 9 (guide 5.2.2, 5.3.3).
 */
export const windowsComputerNameLimit = 9;

export const maxReplicas = 100;

/** A MachineSet name is a DNS-1123 label (it is a label value), shorter where Windows names machines. */
export function nameProblem(
  name: string,
  platform: MachineSetPlatform,
): MachineSetProblemCode | undefined {
  if (name === '') return 'required';
  if (name.length > 63 || !dnsLabel.test(name)) return 'name-invalid';
  if ((platform === 'Azure' || platform === 'VSphere') && name.length > windowsComputerNameLimit)
    return 'name-too-long';
  return undefined;
}

export function replicasProblem(replicas: unknown): MachineSetProblemCode | undefined {
  return Number.isInteger(replicas) &&
    (replicas as number) >= 0 &&
    (replicas as number) <= maxReplicas
    ? undefined
    : 'replicas-invalid';
}

export function amiProblem(id: string): MachineSetProblemCode | undefined {
  if (id === '') return 'required';
  return amiIdPattern.test(id) ? undefined : 'ami-invalid';
}

/**
 * AWS zones are the region plus a letter (`us-east-1a`), GCP zones the region, a dash and a letter
 * (`us-central1-a`); Azure zones are numbered within the location (`1`–`3`).
 */
export function zoneProblem(
  platform: MachineSetPlatform,
  region: string,
  zone: string,
): MachineSetProblemCode | undefined {
  if (platform === 'VSphere') return undefined;
  if (zone === '') return 'required';
  const pattern = {
    AWS: new RegExp(`^${escape(region)}[a-z]$`),
    GCP: new RegExp(`^${escape(region)}-[a-z]$`),
    Azure: /^[1-3]$/,
  }[platform];
  return pattern.test(zone) ? undefined : 'zone-outside-region';
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
