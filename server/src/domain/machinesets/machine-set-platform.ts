import type { Infrastructure } from '../openshift-objects';
import type { WindowsServerVersion } from '../support/support-matrix';
import type { MachineSetProblemCode } from './machine-set-problem';

/**
 * Marks an English sentence the plugin shows in the user's language: the i18n extraction collects
 * every `uiText('…')`, and the wizard translates the key with its `t()`.
 */
export function uiText(english: string): string {
  return english;
}

/** A platform's form values by field name; a list is one comma-separated text. */
export type FieldValues = Readonly<Record<string, string>>;

/** A MachineSet's `spec.template.spec.providerSpec.value`, as stored. */
export type ProviderSpecValue = Readonly<Record<string, unknown>>;

/** What a field's rule may judge by besides its value. */
export interface FieldContext {
  /** The value of the platform's region field (AWS and GCP region, Azure location). */
  region: string;
  /** Values a Windows MachineSet must not take here (vSphere: the Linux workers' RHCOS templates). */
  forbidden: readonly string[];
}

/** One field of the wizard: what it asks, where it goes in the providerSpec, and its rule. */
export interface PlatformField {
  name: string;
  label: string;
  /** The wizard's step that asks it: where the machines run, or the image they boot. */
  step: 'machines' | 'image';
  /** `providerSpec.value` path of a text field: where the YAML is checked. Lists have none. */
  path?: string;
  optional?: boolean;
  /** Said before where a prefilled value came from (`Comma-separated.`). */
  note?: string;
  /** Said instead of where the value came from: what to enter and where to find it. */
  hint?: string;
  /** The zone (offered as a choice of the workers' zones), or the region (fixed once known). */
  role?: 'zone' | 'region';
  rule?: (value: string, context: FieldContext) => MachineSetProblemCode | undefined;
}

/** What the wizard starts from on this platform, read from the Linux worker MachineSets. */
export interface PlatformDefaults {
  /** Field values found on the workers or the Infrastructure. */
  values: Record<string, string>;
  /** The workers' zones, each with values that go with it (AWS: the zone's subnet). */
  zones: { name: string; values: Record<string, string> }[];
  /** Values a Windows MachineSet must not take (see FieldContext.forbidden). */
  forbidden: string[];
}

/** The providerSpecs of the platform's Linux worker MachineSets, and the Infrastructure. */
export interface WorkerReadout {
  specs: readonly Record<string, unknown>[];
  infrastructure?: Infrastructure;
}

/** What the admin confirms before creating (nothing the BFF can see), and what blocks it. */
export interface PlatformPrerequisites {
  /** Items of the guide's preparation, each a sentence to confirm. */
  checklist: readonly { id: string; text: string }[];
  checklistTitle?: string;
  /** The platform needs hybrid networking with a custom VXLAN port (vSphere). */
  needsVxlanPort?: boolean;
}

/**
 * A platform on which WMCO runs Windows MachineSets: everything the template, the validation, the
 * defaults, the wizard and the prerequisites need to know of it. The table in `platform-table.ts`
 * lists them; adding a platform is a module like this one and a line there.
 */
export interface MachineSetPlatform {
  /** Infrastructure `status.platformStatus.type`. */
  type: string;
  /** How the wizard names it. */
  label: string;
  /** `providerSpec.value.kind`: how a MachineSet says which platform it is for. */
  providerKind: string;
  /** The guide's (or documentation's) section of the example this template follows. */
  source: string;
  /** MachineSet names at most this long: Windows computer names are at most 15 characters. */
  nameLimit?: number;
  /** The name the guide gives the MachineSet. */
  defaultName: (infrastructureName: string, zone: string) => string;
  fields: readonly PlatformField[];
  readDefaults: (workers: WorkerReadout) => PlatformDefaults;
  /** The image fields' values for a Windows Server version, where the platform has public images. */
  imageValues: (version: WindowsServerVersion) => Record<string, string>;
  /** The guide's providerSpec with the form's values. */
  providerSpec: (values: FieldValues, frame: { infrastructureName: string }) => object;
  /** The `providerSpec.value` path of the image, where its name may say its Windows Server version. */
  imagePath?: string;
  /**
   * A providerSpec value booting another image: the image fields (the form's `step: 'image'`
   * fields, by name) put where the platform keeps them, everything else as it was. The input is
   * left untouched; the result is checked by the same rules as a new MachineSet.
   */
  withImage: (providerSpec: ProviderSpecValue, image: FieldValues) => ProviderSpecValue;
  prerequisites?: PlatformPrerequisites;
  /** A command that lists the images of a version (AWS: the guide's describe-images). */
  imageCommand?: (version: WindowsServerVersion, values: FieldValues) => string;
  /** Shown on the image step, as a warning. */
  imageWarning?: { title: string; text: string };
}

/** A required text field, kept at `path` of the providerSpec (most fields are), on a step. */
export function textField(
  name: string,
  label: string,
  path?: string,
  more: Partial<PlatformField> = {},
): PlatformField {
  return { name, label, step: 'machines', path, ...more };
}

/** The fields that name the image the machines boot. */
export function imageFields(platform: MachineSetPlatform): PlatformField[] {
  return platform.fields.filter((field) => field.step === 'image');
}

/** `a, b` → `['a', 'b']`: lists are typed as one comma-separated text. */
export function listOf(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Distinct non-empty values, in order. */
export function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter((value) => value !== ''))];
}

/** A zone rule: the zone belongs to the region, by the platform's pattern (`us-east-1a`, `1`). */
export function zoneIn(pattern: (region: string) => RegExp) {
  return (zone: string, { region }: FieldContext): MachineSetProblemCode | undefined =>
    pattern(region).test(zone) ? undefined : 'zone-outside-region';
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
