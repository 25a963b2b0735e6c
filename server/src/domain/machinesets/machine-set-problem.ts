/** What can be wrong with a Windows MachineSet; pages translate the code, the BFF words it in English. */
export type MachineSetProblemCode =
  | 'required'
  | 'name-invalid'
  | 'name-too-long'
  | 'replicas-invalid'
  | 'ami-invalid'
  | 'zone-outside-region'
  | 'region-mismatch'
  | 'windows-server-unsupported'
  | 'image-version-mismatch'
  | 'user-data-missing'
  | 'user-data-secret'
  | 'platform-mismatch'
  | 'platform-without-machine-sets'
  | 'not-a-machine-set'
  | 'namespace'
  | 'not-windows'
  | 'selector-mismatch'
  | 'infrastructure-mismatch'
  | 'worker-role-missing'
  | 'linux-template'
  | 'yaml-invalid';

export interface MachineSetProblem {
  /** Dotted path in the MachineSet (`spec.replicas`), or a form field name. */
  field: string;
  code: MachineSetProblemCode;
  /** Values the message names: the limit, the region, the supported versions. */
  params?: Record<string, string | number>;
}
