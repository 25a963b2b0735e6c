import Type from 'typebox';
import { CodeOf, Params, Verbatim, type ParamsOf } from './messages';

const optionalText = Type.Optional(Type.String());
// Kubernetes object names: MachineSet names are label values (DNS-1123 labels), Machine names subdomains.
const machineSetName = Type.String({
  pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
  minLength: 1,
  maxLength: 63,
});
const machineName = Type.String({
  pattern: '^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$',
  minLength: 1,
  maxLength: 253,
});

export const WindowsServerVersion = Type.Union([
  Type.Literal('2019'),
  Type.Literal('2022'),
  Type.Literal('2025'),
]);

/** Values by the platform's field names (see its module in server/src/domain/machinesets). */
const FieldValues = Type.Record(Type.String(), Type.String());

/** What the wizard starts from: the cluster's facts and the values its Linux workers use. */
export const MachineSetDefaults = Type.Object({
  /** Infrastructure `status.platformStatus.type`, when readable. */
  platform: optionalText,
  infrastructureName: optionalText,
  /** The WMCO version whose rules apply: the installed one, else what the catalog would install. */
  wmco: Type.Object({
    version: optionalText,
    source: Type.Union([
      Type.Literal('installed'),
      Type.Literal('catalog'),
      Type.Literal('unknown'),
    ]),
  }),
  windowsServerVersions: Type.Array(WindowsServerVersion),
  hybridOverlayVXLANPort: Type.Optional(Type.Integer()),
  /** Undefined when secrets in openshift-machine-api are not readable. */
  userDataSecretPresent: Type.Optional(Type.Boolean()),
  /** The Linux worker MachineSets the values come from. */
  workerMachineSets: Type.Array(Type.String()),
  /** The platform's field values found on those workers (or the Infrastructure); a missing one was not. */
  values: FieldValues,
  /** The workers' zones, each with the values that go with it (AWS: the zone's subnet). */
  zones: Type.Array(Type.Object({ name: Type.String(), values: FieldValues })),
  /** Values a Windows MachineSet must not take here (vSphere: the workers' RHCOS templates). */
  forbidden: Type.Array(Type.String()),
  unreadable: Type.Array(Type.String()),
});
export type MachineSetDefaults = Type.Static<typeof MachineSetDefaults>;

/** The reviewed MachineSet as YAML (possibly edited), and the Windows Server version it runs. */
export const CreateMachineSetRequest = Type.Object(
  {
    yaml: Type.String({ minLength: 1, maxLength: 65536 }),
    windowsServer: WindowsServerVersion,
    /** Only check: validation and the API server's dry run, nothing is created. */
    dryRun: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type CreateMachineSetRequest = Type.Static<typeof CreateMachineSetRequest>;

export const CreateMachineSetResult = Type.Object({
  name: Type.String(),
  created: Type.Boolean(),
});
export type CreateMachineSetResult = Type.Static<typeof CreateMachineSetResult>;

export const WindowsMachine = Type.Object({
  name: Type.String(),
  /** Provisioning, Provisioned, Running, Deleting, Failed. */
  phase: optionalText,
  providerID: optionalText,
  address: optionalText,
  node: optionalText,
  nodeReady: Type.Optional(Type.Boolean()),
  /** Annotated `machine.openshift.io/delete-machine`: removed first when the set scales down. */
  markedForDeletion: Type.Boolean(),
  /** Annotated `machine.openshift.io/exclude-node-draining`: deleted without draining its node. */
  excludeNodeDraining: Type.Boolean(),
  deleting: Type.Boolean(),
  errorMessage: Type.Optional(Verbatim('the Machine’s status.errorMessage')),
  createdAt: optionalText,
});
export type WindowsMachine = Type.Static<typeof WindowsMachine>;

export const WindowsMachineSet = Type.Object({
  name: Type.String(),
  windowsServer: optionalText,
  desired: Type.Integer(),
  current: Type.Integer(),
  ready: Type.Integer(),
  available: Type.Integer(),
  deleting: Type.Boolean(),
  machines: Type.Array(WindowsMachine),
  createdAt: optionalText,
});
export type WindowsMachineSet = Type.Static<typeof WindowsMachineSet>;

export const WindowsMachineSetsResponse = Type.Object({
  machineSets: Type.Array(WindowsMachineSet),
  unreadable: Type.Array(Type.String()),
});
export type WindowsMachineSetsResponse = Type.Static<typeof WindowsMachineSetsResponse>;

export const MachineSetParams = Type.Object({ name: machineSetName });
export const MachineParams = Type.Object({ name: machineSetName, machine: machineName });

export const ScaleRequest = Type.Object(
  { replicas: Type.Integer({ minimum: 0, maximum: 100 }) },
  { additionalProperties: false },
);
export type ScaleRequest = Type.Static<typeof ScaleRequest>;

export const ScaleResult = Type.Object({ name: Type.String(), replicas: Type.Integer() });
export type ScaleResult = Type.Static<typeof ScaleResult>;

/**
 * Guide 6.4 and 9.1: `scale-down` annotates the machine `delete-machine` and lowers replicas by one;
 * `delete` deletes it and the MachineSet replaces it.
 */
export const MachineRemovalRequest = Type.Object(
  {
    mode: Type.Union([Type.Literal('scale-down'), Type.Literal('delete')]),
    /** Sets `machine.openshift.io/exclude-node-draining`: the node's pods are not evicted first. */
    skipDrain: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type MachineRemovalRequest = Type.Static<typeof MachineRemovalRequest>;

export const MachineRemovalResult = Type.Object({
  machine: Type.String(),
  mode: MachineRemovalRequest.properties.mode,
  replicas: Type.Integer(),
});
export type MachineRemovalResult = Type.Static<typeof MachineRemovalResult>;

export const DeleteMachineSetResult = Type.Object({ deleted: Type.String() });

const none = Type.Object({});
const maybeText = Type.Optional(Type.String());

/**
 * What can be wrong with a Windows MachineSet, and the values a problem names. The wizard's form checks
 * fields on their own and may leave the optional values out.
 */
export const machineSetProblemCatalogue = {
  required: none,
  'name-invalid': none,
  'name-too-long': none,
  'replicas-invalid': none,
  'ami-invalid': none,
  'zone-outside-region': Type.Object({ region: maybeText }),
  'region-mismatch': Type.Object({ expected: Type.String() }),
  'windows-server-unsupported': Type.Object({ version: maybeText, supported: maybeText }),
  'image-version-mismatch': Type.Object({ image: Type.String(), version: Type.String() }),
  'user-data-missing': none,
  'user-data-secret': none,
  'platform-mismatch': Type.Object({ platform: Type.String(), cluster: Type.String() }),
  'platform-without-machine-sets': Type.Object({ cluster: Type.String() }),
  'not-a-machine-set': none,
  namespace: none,
  'not-windows': none,
  'selector-mismatch': none,
  'infrastructure-mismatch': Type.Object({ expected: Type.String() }),
  'worker-role-missing': none,
  'linux-template': none,
  'yaml-invalid': Type.Object({ detail: Verbatim('the YAML parser’s words') }),
};
export type MachineSetProblemCatalogue = typeof machineSetProblemCatalogue;
export const MachineSetProblemCode = CodeOf(machineSetProblemCatalogue);
export type MachineSetProblemCode = Type.Static<typeof MachineSetProblemCode>;

export const MachineSetProblem = Type.Object({
  /** Dotted path in the MachineSet (`spec.replicas`), or a form field name. */
  field: Type.String(),
  code: MachineSetProblemCode,
  params: Type.Optional(Params),
});
/** A problem with the params its code names, when they are known. */
export type MachineSetProblem = { field: string } & {
  [K in MachineSetProblemCode]: { code: K; params?: ParamsOf<MachineSetProblemCatalogue[K]> };
}[MachineSetProblemCode];
