import type { MachineSetProblem, MachineSetProblemCode } from './machine-set-problem';
import { maxReplicas, windowsComputerNameLimit } from './machine-set-rules';

type Params = NonNullable<MachineSetProblem['params']>;

const sentences: Record<MachineSetProblemCode, (params: Params) => string> = {
  required: () => 'is required.',
  'name-invalid': () =>
    'must be a DNS-1123 label: at most 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit.',
  'name-too-long': () =>
    `must be at most ${windowsComputerNameLimit} characters on this platform: machine names add 6 characters and Windows computer names are at most 15.`,
  'replicas-invalid': () => `must be a whole number from 0 to ${maxReplicas}.`,
  'ami-invalid': () => 'must be an AMI id: ami- followed by 8 or 17 hexadecimal digits.',
  'zone-outside-region': (p) => `is not a zone of region ${String(p.region)}.`,
  'region-mismatch': (p) => `must be the cluster’s region, ${String(p.expected)}.`,
  'windows-server-unsupported': (p) =>
    `Windows Server ${String(p.version)} is not supported here by this WMCO version (supported: ${String(p.supported) || 'none'}).`,
  'image-version-mismatch': (p) =>
    `names Windows Server ${String(p.image)}, but Windows Server ${String(p.version)} was chosen.`,
  'user-data-missing': () =>
    'Secret windows-user-data does not exist yet: install WMCO and create its SSH key first (/windows/install).',
  'user-data-secret': () => 'must be windows-user-data, the user data WMCO creates.',
  'platform-mismatch': (p) =>
    `describes a ${String(p.platform)} machine, but this cluster runs on ${String(p.cluster)}.`,
  'platform-without-machine-sets': (p) =>
    `This cluster’s platform (${String(p.cluster)}) has no Windows MachineSets; add Windows nodes as BYOH instances.`,
  'not-a-machine-set': () => 'must be a machine.openshift.io/v1beta1 MachineSet.',
  namespace: () => 'must be openshift-machine-api.',
  'not-windows': () =>
    'must carry machine.openshift.io/os-id: Windows, or WMCO ignores the machines.',
  'selector-mismatch': () =>
    'must select the machines by machine.openshift.io/cluster-api-machineset equal to the MachineSet’s name, in the selector and the template.',
  'infrastructure-mismatch': (p) =>
    `must label machine.openshift.io/cluster-api-cluster with the infrastructure ID ${String(p.expected)}.`,
  'worker-role-missing': () => 'must give the nodes the label node-role.kubernetes.io/worker: "".',
  'linux-template': () => 'is the Linux workers’ template; use the Windows golden image template.',
  'yaml-invalid': (p) => `is not valid YAML: ${String(p.detail)}`,
};

/** A problem as one English sentence for API clients, naming the field it is about. */
export function describeMachineSetProblem(problem: MachineSetProblem): string {
  return `${problem.field}: ${sentences[problem.code](problem.params ?? {})}`;
}
