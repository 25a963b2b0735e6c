import Type from 'typebox';
import { coded, ImageVerdict, MessageParams } from './lifecycle';
import { machineSetName, WindowsServerVersion } from './machinesets';

export const forwardStepIds = [
  'create-machine-set',
  'scale-up',
  'wait-nodes-ready',
  'drain-old-nodes',
  'scale-down-old',
] as const;
export const rollbackStepIds = ['uncordon-old-nodes', 'scale-old-back', 'scale-new-down'] as const;
export const ForwardStep = Type.Enum(forwardStepIds);
export const StepId = Type.Enum([...forwardStepIds, ...rollbackStepIds]);

/** Image field values by field name (`ami`, `imageSku`, `template`, `image`). */
const ImageValues = Type.Record(Type.String({ maxLength: 64 }), Type.String({ maxLength: 512 }), {
  maxProperties: 8,
});

/** A move of one Windows MachineSet to another image. */
export const ReplacementRequest = Type.Object(
  {
    machineSet: machineSetName,
    targetVersion: WindowsServerVersion,
    image: ImageValues,
    /** The new MachineSet's name; a suggestion when left out. */
    name: Type.Optional(machineSetName),
  },
  { additionalProperties: false },
);
export type ReplacementRequest = Type.Static<typeof ReplacementRequest>;

export const StartReplacementRequest = Type.Object(
  { ...ReplacementRequest.properties, confirmed: Type.Literal(true) },
  { additionalProperties: false },
);
export type StartReplacementRequest = Type.Static<typeof StartReplacementRequest>;

export const ReplacementPlan = Type.Object({
  namespace: Type.String(),
  oldMachineSet: Type.String(),
  newMachineSet: Type.String(),
  replicas: Type.Integer(),
  targetVersion: Type.String(),
  image: Type.Record(Type.String(), Type.String()),
  startedAt: Type.String(),
});

const Problem = Type.Object({
  field: Type.String(),
  code: Type.String(),
  params: Type.Optional(MessageParams),
});

const ReplacementStatus = Type.Enum(['running', 'rolling-back', 'finished', 'rolled-back']);

export const blockerCodes = [
  'image-incompatible',
  'no-node-after-move',
  'pdb-never-satisfiable',
  'windows-version-unsupported',
] as const;
export const warningCodes = ['image-compatibility-unknown', 'image-unreadable'] as const;

/** What a move would do and what stops it, before anything changes. */
export const ReplacementPreview = Type.Object({
  plan: ReplacementPlan,
  /** The new MachineSet as it would be created. */
  yaml: Type.String(),
  /** The platform's rules on the new MachineSet (`name`, `image.<field>`, or a path of it). */
  problems: Type.Array(Problem),
  blockers: Type.Array(coded([...blockerCodes])),
  warnings: Type.Array(coded([...warningCodes])),
  /** The workloads the old nodes can take, and whether each runs on the target build. */
  affected: Type.Array(Type.Object({ workload: Type.String(), verdict: ImageVerdict })),
  oldNodes: Type.Array(Type.String()),
  unreadable: Type.Array(Type.String()),
});
export type ReplacementPreview = Type.Static<typeof ReplacementPreview>;

const ObservedNode = Type.Object({
  name: Type.String(),
  ready: Type.Boolean(),
  schedulable: Type.Boolean(),
  build: Type.Optional(Type.String()),
});
const ObservedMachineSet = Type.Object({
  replicas: Type.Integer(),
  nodes: Type.Array(ObservedNode),
});

export const actionKinds = [
  'await-confirmation',
  'create-machine-set',
  'scale',
  'cordon',
  'uncordon',
  'evict',
  'wait',
  'none',
] as const;

/** One replacement as it stands: its record in the cluster and what the cluster shows now. */
export const ReplacementView = Type.Object({
  configMap: Type.String(),
  resourceVersion: Type.String(),
  plan: ReplacementPlan,
  status: ReplacementStatus,
  steps: Type.Array(
    Type.Object({
      id: StepId,
      state: Type.Enum(['pending', 'confirmed', 'running', 'done', 'failed']),
      at: Type.Optional(Type.String()),
      failure: Type.Optional(Type.Object({ code: Type.String(), params: MessageParams })),
    }),
  ),
  cordoned: Type.Array(Type.String()),
  current: Type.Optional(StepId),
  /** What the BFF does on the next advance, or what it waits for. */
  next: Type.Object({
    kind: Type.Enum(actionKinds),
    step: Type.Optional(StepId),
    code: Type.Optional(Type.String()),
    params: Type.Optional(MessageParams),
  }),
  /** An advance would change the cluster or the record: the page asks for one while it is open. */
  needsAdvance: Type.Boolean(),
  observed: Type.Object({
    old: Type.Optional(ObservedMachineSet),
    new: Type.Optional(ObservedMachineSet),
    drains: Type.Array(
      Type.Object({
        node: Type.String(),
        podsToEvict: Type.Integer(),
        terminating: Type.Integer(),
        blockedBy: Type.Array(Type.String()),
      }),
    ),
  }),
});
export type ReplacementView = Type.Static<typeof ReplacementView>;

export const ReplacementsResponse = Type.Object({
  replacements: Type.Array(ReplacementView),
  unreadable: Type.Array(Type.String()),
});
export type ReplacementsResponse = Type.Static<typeof ReplacementsResponse>;

export const ReplacementParams = Type.Object({ machineSet: machineSetName });

export const ConfirmStepRequest = Type.Object(
  { step: ForwardStep, confirmed: Type.Literal(true) },
  { additionalProperties: false },
);
export type ConfirmStepRequest = Type.Static<typeof ConfirmStepRequest>;

export const AbortRequest = Type.Object(
  { confirmed: Type.Literal(true) },
  { additionalProperties: false },
);

/** What a change of a replacement left: the view of it afterwards. */
export const ReplacementResult = Type.Object({ replacement: ReplacementView });
export type ReplacementResult = Type.Static<typeof ReplacementResult>;

const named = Type.Object({ name: Type.String() });
const ofMachineSet = Type.Object({ machineSet: Type.String() });

/** Why the BFF refuses to preview, start or change a replacement. */
export const replacementErrorCatalogue = {
  'platform-without-machine-sets': Type.Object({ platform: Type.String() }),
  'machine-set-unreadable': named,
  'machine-set-not-found': named,
  'no-replacement': ofMachineSet,
  /** The caller may not read the ConfigMap the replacement's progress is kept in. */
  'replacement-unreadable': ofMachineSet,
  /** The page showed an older state: the step is no longer the one waiting. */
  'not-awaiting-confirmation': Type.Object({ step: ForwardStep }),
  'not-running': Type.Object({ status: ReplacementStatus }),
  'replacement-in-progress': Type.Object({
    machineSet: Type.String(),
    newMachineSet: Type.String(),
  }),
  'replacement-blocked': Type.Object({ count: Type.Integer(), first: Type.Enum(blockerCodes) }),
};
