import Type from 'typebox';
import { WindowsServerVersion } from './machinesets';
import { NodeSource } from './nodes';

/** The values a coded message names; the page words the code with them. */
export const MessageParams = Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]));

export function coded<const T extends string[]>(codes: readonly [...T]) {
  return Type.Object({ code: Type.Enum(codes), params: MessageParams });
}

/** A node's standing, most severe first. */
export const supportStates = [
  'unknown-build',
  'past-end-of-support',
  'below-required-build',
  'unsupported-by-wmco',
  'extended-only',
  'mainstream',
] as const;
export const SupportState = Type.Enum(supportStates);
export type SupportState = Type.Static<typeof SupportState>;

export const lifecycleFindingCodes = [
  'unknown-build',
  'past-end-of-support',
  'below-required-build',
  'unsupported-by-wmco',
  'extended-only',
  'revision-unknown',
  'build-label-mismatch',
] as const;
export const LifecycleFinding = coded(lifecycleFindingCodes);

/** How old a node's monthly update is, as far as the patch anchors tell (see patchAge). */
export const PatchAge = Type.Union([
  Type.Object({ kind: Type.Literal('released'), on: Type.String(), days: Type.Integer() }),
  Type.Object({
    kind: Type.Literal('between'),
    after: Type.String(),
    before: Type.String(),
    minDays: Type.Integer(),
    maxDays: Type.Integer(),
  }),
  Type.Object({ kind: Type.Literal('older-than'), before: Type.String(), minDays: Type.Integer() }),
  Type.Object({ kind: Type.Literal('newer-than'), after: Type.String(), maxDays: Type.Integer() }),
]);

export const NodeLifecycle = Type.Object({
  node: Type.String(),
  source: NodeSource,
  /** The MachineSet behind the node, or the BYOH address. */
  origin: Type.Optional(Type.String()),
  ready: Type.Boolean(),
  version: Type.Optional(WindowsServerVersion),
  build: Type.Optional(Type.String()),
  fullBuild: Type.Optional(Type.String()),
  osImage: Type.Optional(Type.String()),
  state: SupportState,
  findings: Type.Array(LifecycleFinding),
  lifecycle: Type.Optional(
    Type.Object({
      phase: Type.Enum(['mainstream', 'extended', 'ended']),
      phaseEnds: Type.String(),
      daysLeft: Type.Integer(),
    }),
  ),
  patch: Type.Optional(PatchAge),
});
export type NodeLifecycle = Type.Static<typeof NodeLifecycle>;

export const BuildGroup = Type.Object({
  version: Type.Optional(WindowsServerVersion),
  build: Type.Optional(Type.String()),
  fullBuilds: Type.Array(Type.String()),
  nodes: Type.Array(Type.String()),
  state: SupportState,
});
export type BuildGroup = Type.Static<typeof BuildGroup>;

export const MixedMachineSet = Type.Object({
  machineSet: Type.String(),
  builds: Type.Array(Type.Object({ build: Type.String(), nodes: Type.Array(Type.String()) })),
});

/** What the owner of a BYOH host does about its operating system; WMCO reconfigures it after. */
export const ownerActionCodes = [
  'install-update',
  'move-to-supported-version',
  'plan-version-move',
  'report-build',
  'none',
] as const;
export const OwnerAction = coded(ownerActionCodes);

export const ByohHost = Type.Object({
  node: Type.String(),
  address: Type.String(),
  /** From the host's windows-instances entry, for a preflight re-run. */
  username: Type.Optional(Type.String()),
  actions: Type.Array(OwnerAction),
});
export type ByohHost = Type.Static<typeof ByohHost>;

/** A Windows MachineSet as a replacement starts from it. */
export const LifecycleMachineSet = Type.Object({
  name: Type.String(),
  replicas: Type.Integer(),
  /** Windows Server versions its nodes run now. */
  versions: Type.Array(WindowsServerVersion),
  /** Its image as the platform's image fields name it. */
  image: Type.Record(Type.String(), Type.String()),
  /** The replacement under way for it, if any. */
  replacement: Type.Optional(Type.String()),
});
export type LifecycleMachineSet = Type.Static<typeof LifecycleMachineSet>;

/** A Windows Server version a MachineSet could move to here. */
export const TargetVersion = Type.Object({
  version: WindowsServerVersion,
  build: Type.String(),
  /** The support matrix allows it on this platform with this WMCO. */
  supported: Type.Boolean(),
  /** The image values of Windows MachineSets whose nodes already run it, or the platform's public image. */
  image: Type.Record(Type.String(), Type.String()),
});

export const LifecycleResponse = Type.Object({
  /** The moment the ages and support phases are judged at. */
  at: Type.String(),
  platform: Type.Optional(Type.String()),
  wmcoVersion: Type.Optional(Type.String()),
  nodes: Type.Array(NodeLifecycle),
  groups: Type.Array(BuildGroup),
  mixedMachineSets: Type.Array(MixedMachineSet),
  counts: Type.Record(Type.String(), Type.Integer()),
  machineSets: Type.Array(LifecycleMachineSet),
  targets: Type.Array(TargetVersion),
  byoh: Type.Array(ByohHost),
  unreadable: Type.Array(Type.String()),
});
export type LifecycleResponse = Type.Static<typeof LifecycleResponse>;

export const compatibilityCodes = [
  'same-build',
  'newer-host-exception',
  'linux-only',
  'no-windows-platform',
  'no-matching-architecture',
  'build-mismatch',
  'os-version-missing',
  'host-build-unknown',
] as const;
export const ImageVerdict = Type.Enum(['runs', 'does-not-run', 'unknown']);
export type ImageVerdict = Type.Static<typeof ImageVerdict>;

export const registryFailureCodes = [
  'invalid-reference',
  'loopback-registry',
  'insecure-redirect',
  'unreachable',
  'timeout',
  'unauthorized',
  'not-found',
  'too-large',
  'unsupported-media-type',
  'bad-response',
  'registry-error',
] as const;

/** One image of a workload, as its registry described it, and whether it runs on each build. */
export const WorkloadImage = Type.Object({
  container: Type.String(),
  image: Type.String(),
  digest: Type.Optional(Type.String()),
  /** Why the registry could not tell: this image only, never the whole answer. */
  failure: Type.Optional(coded(registryFailureCodes)),
  /** `os/architecture os.version` of each platform the image offers. */
  platforms: Type.Array(Type.String()),
  verdicts: Type.Array(
    Type.Object({
      build: Type.String(),
      verdict: ImageVerdict,
      code: Type.Optional(Type.Enum(compatibilityCodes)),
    }),
  ),
});
export type WorkloadImage = Type.Static<typeof WorkloadImage>;

export const WindowsWorkload = Type.Object({
  kind: Type.String(),
  namespace: Type.String(),
  name: Type.String(),
  images: Type.Array(WorkloadImage),
  /** The Windows nodes its pods can be placed on now. */
  nodes: Type.Array(Type.String()),
  /** Pull secrets or service accounts the caller may not read: its images were read without them. */
  unreadable: Type.Array(Type.String()),
});
export type WindowsWorkload = Type.Static<typeof WindowsWorkload>;

export const CompatibilityResponse = Type.Object({
  /** Every build judged: the nodes' and those of each Windows Server version. */
  builds: Type.Array(
    Type.Object({
      build: Type.String(),
      version: Type.Optional(WindowsServerVersion),
      onNodes: Type.Boolean(),
    }),
  ),
  workloads: Type.Array(WindowsWorkload),
  unreadable: Type.Array(Type.String()),
});
export type CompatibilityResponse = Type.Static<typeof CompatibilityResponse>;
