import type { MachineSetProblem } from '../machinesets/machine-set-problem';
import {
  imageFields,
  type FieldValues,
  type MachineSetPlatform,
} from '../machinesets/machine-set-platform';
import {
  validateWindowsMachineSet,
  type MachineSetCluster,
} from '../machinesets/machine-set-validation';
import type { WindowsServerVersion } from '../support/support-matrix';
import { newMachineSetFrom, type MachineSetObject } from './machine-set-copy';

const providerPath = 'spec.template.spec.providerSpec.value';
const versionInName = /(^|[^0-9])(2019|2022|2025)([^0-9]|$)/;

/** `name-2` after `name`, `name-3` after `name-2`: a name for a second MachineSet of one version. */
function nextOf(name: string): string {
  const numbered = /^(.*-)(\d)$/.exec(name);
  return numbered ? `${numbered[1] ?? ''}${String(Number(numbered[2]) + 1)}` : `${name}-2`;
}

/**
 * A name for the replacement: the old one with the version it names changed (`…-windows-2019-a` →
 * `…-windows-2022-a`), else with the version appended, numbered when the version stays (a newer
 * patch level); where Windows names machines after the MachineSet (`limit`), `win<version>`.
 */
export function replacementName(
  old: string,
  version: WindowsServerVersion,
  limit?: number,
): string {
  const renamed = versionInName.test(old)
    ? old.replace(versionInName, `$1${version}$3`)
    : `${old}-${version}`;
  const distinct = renamed === old ? nextOf(old) : renamed;
  if (limit === undefined || distinct.length <= limit) return distinct.slice(0, 63);
  const short = `win${version}`;
  return short === old ? `${short}b` : short;
}

export interface ReplacementDraft {
  old: MachineSetObject;
  platform: MachineSetPlatform;
  targetVersion: WindowsServerVersion;
  image: FieldValues;
  name: string;
  /** What the MachineSet is checked against: the same facts the MachineSet wizard uses. */
  cluster: MachineSetCluster;
}

export interface ReplacementPreview {
  machineSet: MachineSetObject;
  /** The platform's rules on the new MachineSet; an image field's problem names `image.<field>`. */
  problems: MachineSetProblem[];
}

/** Where a problem of the copy is fixed: the name, an image field, or the old MachineSet itself. */
function formField(field: string, platform: MachineSetPlatform): string {
  if (field === 'metadata.name') return 'name';
  const image = imageFields(platform).find(
    (candidate) => candidate.path && field === `${providerPath}.${candidate.path}`,
  );
  return image ? `image.${image.name}` : field;
}

/**
 * The new MachineSet a replacement creates, and every problem the platform's rules find in it:
 * exactly what the MachineSet wizard checks, so a move cannot create what the wizard would refuse.
 */
export function previewReplacement(draft: ReplacementDraft): ReplacementPreview {
  const machineSet = newMachineSetFrom(draft.old, draft.name, draft.image, draft.platform);
  const problems = validateWindowsMachineSet(machineSet, draft.targetVersion, draft.cluster).map(
    (problem) => ({ ...problem, field: formField(problem.field, draft.platform) }),
  );
  return { machineSet, problems };
}
