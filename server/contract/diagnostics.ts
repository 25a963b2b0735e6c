import Type from 'typebox';
import { GuideSection } from './guide';

/** The values a code's sentence names; the plugin words the code and fills them in. */
export const CodeParams = Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]));
export type CodeParams = Type.Static<typeof CodeParams>;

/**
 * The steps of a Windows instance joining, in order: the Machine provisioned (or the BYOH entry
 * listed) → WMCO reached it over SSH → WMCO configured it (events MachineSetup / InstanceSetup;
 * *Failure on failure) → the kubelet's CSRs approved (NodeNameValidationFailed when WMCO refuses
 * the name) → the Node registered → Ready.
 */
export const JoinStepId = Type.Enum([
  'provisioned',
  'listed',
  'ssh',
  'configured',
  'csrs',
  'node',
  'ready',
]);
export type JoinStepId = Type.Static<typeof JoinStepId>;

export const JoinStepStatus = Type.Enum(['done', 'failed', 'waiting', 'pending']);
export type JoinStepStatus = Type.Static<typeof JoinStepStatus>;

/**
 * Why a step is where it is: the Machine's phase, WMCO's event (`reason` and its `message` in
 * WMCO's words), the pending or denied CSRs, the node's Ready message.
 */
export const JoinStepDetail = Type.Object({
  code: Type.Enum(['machine-phase', 'wmco-event', 'csrs-pending', 'csr-denied', 'node-not-ready']),
  params: CodeParams,
});
export type JoinStepDetail = Type.Static<typeof JoinStepDetail>;

export const JoinStep = Type.Object({
  step: JoinStepId,
  status: JoinStepStatus,
  /** When it was done (or failed), where the cluster shows it (ms since the epoch). */
  at: Type.Optional(Type.Number()),
  /** From the previous step's time to this one's. */
  tookMs: Type.Optional(Type.Number()),
  detail: Type.Optional(JoinStepDetail),
});
export type JoinStep = Type.Static<typeof JoinStep>;

export const JoinTimeline = Type.Object({
  steps: Type.Array(JoinStep),
  startedAt: Type.Optional(Type.Number()),
  elapsedMs: Type.Optional(Type.Number()),
  /** How long WMCO usually takes: about 10 minutes from a Machine's creation to a Ready node. */
  usualMs: Type.Number(),
  /** The first step not done: where it waits, or failed. */
  openStep: Type.Optional(JoinStepId),
  /** The open step, once it failed or the join took longer than usual. */
  stuckAt: Type.Optional(JoinStepId),
  joined: Type.Boolean(),
});
export type JoinTimeline = Type.Static<typeof JoinTimeline>;

export const JoinSubject = Type.Union([
  Type.Object({
    kind: Type.Literal('Machine'),
    name: Type.String(),
    createdAt: Type.Number(),
    phase: Type.Optional(Type.String()),
    /** When the Machine last changed phase (status.lastUpdated). */
    phaseSince: Type.Optional(Type.Number()),
  }),
  Type.Object({
    kind: Type.Literal('BYOH'),
    /** The windows-instances key: an IPv4 address or a DNS name. */
    address: Type.String(),
    /** When the entry was first listed, where known. */
    listedAt: Type.Optional(Type.Number()),
  }),
]);
export type JoinSubject = Type.Static<typeof JoinSubject>;

/** The known causes of a Windows instance that does not join (see domain/diagnostics/known-causes). */
export const KnownCauseCode = Type.Enum([
  'byoh-address-without-ptr',
  'custom-vxlan-port-on-2019',
  'cluster-network-class-e',
  'two-network-adapters',
  'old-ec2launch',
  'windows-build-below-matrix',
  'host-key-mismatch',
  'private-key-not-on-instance',
  'user-data-secret-missing',
  'csrs-not-approved',
]);
export type KnownCauseCode = Type.Static<typeof KnownCauseCode>;

/** What fixes a known cause. */
export const KnownCauseFixCode = Type.Enum([
  'add-ptr-record',
  'use-windows-server-2022',
  'use-cluster-network-outside-class-e',
  'use-one-network-adapter',
  'update-ec2launch',
  'use-supported-windows-build',
  'remove-stale-host-key',
  'add-public-key-to-host',
  'let-wmco-replace-machine',
  'recreate-cloud-private-key',
  'review-pending-csrs',
]);
export type KnownCauseFixCode = Type.Static<typeof KnownCauseFixCode>;

/**
 * A cause the rules recognise, with its fix and where the guide (a section of the Red Hat guide) or
 * WMCO's own docs (`wmcoDoc`, a path in openshift/windows-machine-config-operator) say so.
 */
export const KnownCause = Type.Object({
  code: KnownCauseCode,
  params: CodeParams,
  fix: Type.Object({ code: KnownCauseFixCode, params: CodeParams }),
  guideSection: Type.Optional(GuideSection),
  wmcoDoc: Type.Optional(Type.String()),
});
export type KnownCause = Type.Static<typeof KnownCause>;

const OpenJoin = Type.Object({ step: JoinStepId, stuck: Type.Boolean() });

/**
 * What is known of a join: done, or the step it is at with every known cause that matches, or
 * plainly none of them.
 */
export const JoinVerdict = Type.Union([
  Type.Object({ code: Type.Literal('joined') }),
  Type.Object({
    code: Type.Literal('known-causes'),
    params: OpenJoin,
    causes: Type.Array(KnownCause),
  }),
  Type.Object({ code: Type.Literal('no-known-cause'), params: OpenJoin }),
]);
export type JoinVerdict = Type.Static<typeof JoinVerdict>;

export const JoinDiagnosis = Type.Object({
  subject: JoinSubject,
  node: Type.Optional(Type.String()),
  timeline: JoinTimeline,
  verdict: JoinVerdict,
});
export type JoinDiagnosis = Type.Static<typeof JoinDiagnosis>;

/** Every Windows Machine and BYOH entry with its join timeline, unfinished ones first. */
export const JoinsResponse = Type.Object({
  joins: Type.Array(JoinDiagnosis),
  /** The moment the timelines are about (ms since the epoch). */
  derivedAt: Type.Number(),
  unreadable: Type.Array(Type.String()),
});
export type JoinsResponse = Type.Static<typeof JoinsResponse>;

/** A Windows node, in the paths of the per-node diagnostics. */
export const NodeParams = Type.Object({
  node: Type.String({ minLength: 1, maxLength: 253, pattern: '^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$' }),
});
export type NodeParams = Type.Static<typeof NodeParams>;
