import type { MachineSetDefaults } from '../../../server/contract/machinesets';
import type { MachineSetInputs } from '../../../server/src/domain/machinesets/machine-set-inputs';
import type {
  MachineSetPlatform,
  PlatformField,
} from '../../../server/src/domain/machinesets/machine-set-platform';
import type { MachineSetProblemCode } from '../../../server/src/domain/machinesets/machine-set-problem';
import {
  fieldProblem,
  nameProblem,
  replicasProblem,
} from '../../../server/src/domain/machinesets/machine-set-rules';
import { machineSetPlatform } from '../../../server/src/domain/machinesets/platform-table';
import type { WindowsServerVersion } from '../../../server/src/domain/support/support-matrix';

/** A field of the form: `name`, `replicas`, or a field of the platform's module. */
export type FormField = string;

export interface MachineSetForm {
  /** Infrastructure platform type of a platform in the table. */
  platform: string;
  windowsServer: WindowsServerVersion | '';
  /** Every field's text: `name`, `replicas` and the platform's fields. */
  values: Record<FormField, string>;
}

/** The platform's module; the wizard only opens for platforms in the table. */
export function platformOf(type: string): MachineSetPlatform {
  const platform = machineSetPlatform(type);
  if (!platform) throw new Error(`no Windows MachineSets on ${type}`);
  return platform;
}

/** The fields each step asks, in order: the machines (name, replicas, placement) and the image. */
export function stepFields(type: string, step: PlatformField['step']): FormField[] {
  const own = platformOf(type)
    .fields.filter((field) => field.step === step)
    .map((field) => field.name);
  return step === 'machines' ? ['name', 'replicas', ...own] : own;
}

function zoneValues(defaults: MachineSetDefaults, zone: string): Record<string, string> {
  return defaults.zones.find((candidate) => candidate.name === zone)?.values ?? {};
}

/** The guide's 2022 where it is allowed (every platform supports it), else the newest allowed. */
function initialWindowsServer(defaults: MachineSetDefaults): WindowsServerVersion | '' {
  const versions = defaults.windowsServerVersions;
  return versions.includes('2022') ? '2022' : (versions.at(-1) ?? '');
}

function imageValues(platform: MachineSetPlatform, version: WindowsServerVersion | '') {
  return version === '' ? {} : platform.imageValues(version);
}

/** The wizard's first values: the guide's, filled from the platform's Linux worker MachineSets. */
export function initialMachineSetForm(type: string, defaults: MachineSetDefaults): MachineSetForm {
  const platform = platformOf(type);
  const hasZone = platform.fields.some((field) => field.role === 'zone');
  const zone = hasZone ? (defaults.zones[0]?.name ?? '') : '';
  const windowsServer = initialWindowsServer(defaults);
  const values: Record<FormField, string> = Object.fromEntries(
    platform.fields.map((field) => [field.name, '']),
  );
  Object.assign(values, defaults.values, zoneValues(defaults, zone), hasZone ? { zone } : {});
  Object.assign(values, imageValues(platform, windowsServer));
  values.name = platform.defaultName(defaults.infrastructureName ?? '', zone);
  values.replicas = '1';
  return { platform: type, windowsServer, values };
}

/**
 * One field changed. Values derived from another field follow it while the admin has not changed
 * them: the name and the zone's own values (AWS: its subnet) follow the zone.
 */
export function changeField(
  form: MachineSetForm,
  field: FormField,
  value: string,
  defaults: MachineSetDefaults,
): MachineSetForm {
  const values = { ...form.values, [field]: value };
  if (field === 'zone') {
    const platform = platformOf(form.platform);
    const infrastructureName = defaults.infrastructureName ?? '';
    const before = form.values.zone ?? '';
    if (form.values.name === platform.defaultName(infrastructureName, before))
      values.name = platform.defaultName(infrastructureName, value);
    const [was, now] = [zoneValues(defaults, before), zoneValues(defaults, value)];
    for (const [key, old] of Object.entries(was)) {
      if (form.values[key] === old) values[key] = now[key] ?? '';
    }
  }
  return { ...form, values };
}

/** The Windows Server version changed: the image values follow it unless the admin changed them. */
export function changeWindowsServer(
  form: MachineSetForm,
  version: WindowsServerVersion,
): MachineSetForm {
  const platform = platformOf(form.platform);
  const before = imageValues(platform, form.windowsServer);
  const after = imageValues(platform, version);
  const values = { ...form.values };
  for (const [field, value] of Object.entries(after)) {
    if (values[field] === before[field]) values[field] = value;
  }
  return { ...form, windowsServer: version, values };
}

export type FormProblems = Partial<Record<FormField, MachineSetProblemCode>>;

/** What is wrong with each field of the platform, by the same rules the BFF applies. */
export function machineSetFormProblems(
  form: MachineSetForm,
  defaults: MachineSetDefaults,
): FormProblems {
  const platform = platformOf(form.platform);
  const { values } = form;
  const problems: FormProblems = {};
  const set = (field: FormField, code: MachineSetProblemCode | undefined) => {
    if (code) problems[field] = code;
  };
  const regionField = platform.fields.find((field) => field.role === 'region')?.name;
  const context = {
    region: regionField ? (values[regionField] ?? '') : '',
    forbidden: defaults.forbidden,
  };
  for (const field of platform.fields) {
    set(field.name, fieldProblem(field, values[field.name] ?? '', context));
  }
  set('name', nameProblem(values.name ?? '', platform));
  const replicas = values.replicas ?? '';
  set('replicas', replicasProblem(/^\d+$/.test(replicas) ? Number(replicas) : Number.NaN));
  if (form.windowsServer === '') set('windowsServer', 'required');
  else if (!defaults.windowsServerVersions.includes(form.windowsServer))
    set('windowsServer', 'windows-server-unsupported');
  return problems;
}

/** The template inputs of a valid form. */
export function machineSetInputs(
  form: MachineSetForm,
  defaults: MachineSetDefaults,
): MachineSetInputs {
  const { name = '', replicas = '', ...values } = form.values;
  return {
    platform: form.platform,
    infrastructureName: defaults.infrastructureName ?? '',
    name,
    replicas: Number(replicas),
    values,
  };
}
