import type { MachineSetProblemCode } from './machine-set-problem';
import type { FieldContext, MachineSetPlatform, PlatformField } from './machine-set-platform';

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
  if (platform.nameLimit !== undefined && name.length > platform.nameLimit) return 'name-too-long';
  return undefined;
}

export function replicasProblem(replicas: unknown): MachineSetProblemCode | undefined {
  return Number.isInteger(replicas) &&
    (replicas as number) >= 0 &&
    (replicas as number) <= maxReplicas
    ? undefined
    : 'replicas-invalid';
}

/** A field's value against its own rules: the same in the wizard's form and in the reviewed YAML. */
export function fieldProblem(
  field: PlatformField,
  value: string,
  context: FieldContext,
): MachineSetProblemCode | undefined {
  if (value.trim() === '') return field.optional ? undefined : 'required';
  return field.rule?.(value, context);
}
