import { parse, stringify } from 'yaml';
import type { MachineSetProblem } from './machine-set-problem';
import { validateWindowsMachineSet, type MachineSetCluster } from './machine-set-validation';

/** The YAML a MachineSet is reviewed and edited as. */
export function machineSetYaml(object: object): string {
  return stringify(object);
}

/** A reviewed YAML document as an object, or what makes it unreadable. */
export function readMachineSetYaml(
  text: string,
): { object: unknown } | { problem: MachineSetProblem } {
  try {
    return { object: parse(text) as unknown };
  } catch (error) {
    return {
      problem: {
        field: 'yaml',
        code: 'yaml-invalid',
        params: { detail: (error as Error).message },
      },
    };
  }
}

/** Every problem of a reviewed (possibly edited) MachineSet YAML, for the cluster it is meant for. */
export function reviewMachineSetYaml(
  text: string,
  windowsServer: string,
  cluster: MachineSetCluster,
): MachineSetProblem[] {
  const read = readMachineSetYaml(text);
  return 'problem' in read
    ? [read.problem]
    : validateWindowsMachineSet(read.object, windowsServer, cluster);
}
