import Type from 'typebox';
import { LogRotationState } from './log-rotation';
import { CodeOf, MessageOf, Params, Verbatim, type Coded } from './messages';

// RFC 1123 label, as Kubernetes validates namespace and object names.
const dnsLabel = { pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', minLength: 1, maxLength: 63 };

export const KeyChoice = Type.Union([
  Type.Object(
    {
      mode: Type.Literal('generate'),
      type: Type.Union([Type.Literal('ed25519'), Type.Literal('rsa')]),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    { mode: Type.Literal('upload'), privateKey: Type.String({ minLength: 1, maxLength: 16384 }) },
    { additionalProperties: false },
  ),
  Type.Object({ mode: Type.Literal('keep') }, { additionalProperties: false }),
]);
export type KeyChoice = Type.Static<typeof KeyChoice>;

/** Everything the install wizard asks; defaults are the guide's. */
export const InstallRequest = Type.Object(
  {
    namespace: Type.String(dnsLabel),
    clusterMonitoring: Type.Boolean(),
    channel: Type.String({ ...dnsLabel, pattern: '^[a-zA-Z0-9]([-a-zA-Z0-9._]*[a-zA-Z0-9])?$' }),
    approval: Type.Union([Type.Literal('Automatic'), Type.Literal('Manual')]),
    source: Type.String(dnsLabel),
    sourceNamespace: Type.String(dnsLabel),
    key: KeyChoice,
  },
  { additionalProperties: false },
);
export type InstallRequest = Type.Static<typeof InstallRequest>;

/** The wizard's choices besides the namespace and the key: recorded on the namespace it creates. */
export const InstallSettings = Type.Object({
  clusterMonitoring: Type.Boolean(),
  channel: Type.String(),
  approval: Type.Union([Type.Literal('Automatic'), Type.Literal('Manual')]),
  source: Type.String(),
  sourceNamespace: Type.String(),
});
export type InstallSettings = Type.Static<typeof InstallSettings>;

/** What an install creates after the namespace, in that order. */
export const InstallPart = Type.Union([
  Type.Literal('operator-group'),
  Type.Literal('subscription'),
  Type.Literal('key'),
]);
export type InstallPart = Type.Static<typeof InstallPart>;

export const InstallStepOutcome = Type.Union([
  Type.Literal('created'),
  Type.Literal('adopted'),
  Type.Literal('updated'),
  Type.Literal('kept'),
  Type.Literal('conflict'),
]);

const none = Type.Object({});
const text = Type.String();
const key = Type.Object({ keyType: text, fingerprint: text });

/** What the install (or uninstall, or a key rotation) did to one object, and the values it names. */
export const installStepCatalogue = {
  created: none,
  'monitoring-label-added': none,
  exists: none,
  'operator-group-created': Type.Object({ namespace: text }),
  'operator-groups-several': Type.Object({ namespace: text, count: Type.Integer() }),
  'operator-group-adopted': Type.Object({ namespace: text }),
  'operator-group-targets-other': Type.Object({ namespace: text, targets: Type.Array(text) }),
  'operator-group-targets-all': Type.Object({ namespace: text }),
  'subscription-created': Type.Object({
    channel: text,
    approval: Type.Enum(['Automatic', 'Manual']),
    source: text,
  }),
  'subscription-adopted': none,
  /** The existing Subscription's settings that differ, as `field=value`. */
  'subscription-differs': Type.Object({ differences: Type.Array(text) }),
  'key-created': key,
  'key-adopted': none,
  'key-kept': none,
  'key-replaced': key,
  deleted: none,
  'operator-deleted': none,
  'namespace-deleting': none,
};
export type InstallStepCatalogue = typeof installStepCatalogue;

/** What the install did to one object (`Kind name`). */
export const InstallStep = Type.Object({
  object: Type.String(),
  outcome: InstallStepOutcome,
  code: CodeOf(installStepCatalogue),
  params: Params,
});
export type InstallStep = Omit<Type.Static<typeof InstallStep>, 'code' | 'params'> &
  Coded<InstallStepCatalogue>;

/** What the admin should know after an install or a key rotation. */
export const installWarningCatalogue = {
  /** The key is the cluster's install SSH key (MachineConfig 99-worker-ssh/99-master-ssh). */
  'install-key-reused': none,
  /** MachineConfigs are not readable, so reuse of the install key could not be checked. */
  'install-key-unchecked': none,
  /** After a rotation WMCO recreates Machine-backed nodes; BYOH hosts need the new key by hand. */
  'rotation-recreates-nodes': none,
};
export type InstallWarningCatalogue = typeof installWarningCatalogue;
export type InstallWarning = Coded<InstallWarningCatalogue>;

/** Why an uploaded (or generated) private key cannot be used by WMCO. */
export const PrivateKeyProblem = Type.Enum(['unparseable', 'encrypted', 'weak-rsa']);
export type PrivateKeyProblem = Type.Static<typeof PrivateKeyProblem>;

export const PublicKeyInfo = Type.Object({
  keyType: Type.String(),
  fingerprint: Type.String(),
  /** `authorized_keys` form, for golden images and BYOH hosts. */
  publicKey: Type.String(),
});
export type PublicKeyInfo = Type.Static<typeof PublicKeyInfo>;

export const InstallResult = Type.Object({
  steps: Type.Array(InstallStep),
  key: Type.Optional(PublicKeyInfo),
  warnings: Type.Array(MessageOf(installWarningCatalogue)),
});
export type InstallResult = Omit<Type.Static<typeof InstallResult>, 'steps' | 'warnings'> & {
  steps: InstallStep[];
  warnings: InstallWarning[];
};

export const InstallStage = Type.Union([
  Type.Literal('not-started'),
  Type.Literal('subscribed'),
  Type.Literal('awaiting-approval'),
  Type.Literal('installing'),
  Type.Literal('succeeded'),
  Type.Literal('failed'),
]);
export type InstallStage = Type.Static<typeof InstallStage>;

export const InstallProgress = Type.Object({
  stage: InstallStage,
  subscriptionState: Type.Optional(Type.String()),
  installPlan: Type.Optional(
    Type.Object({
      name: Type.String(),
      phase: Type.Optional(Type.String()),
      approved: Type.Boolean(),
    }),
  ),
  csv: Type.Optional(
    Type.Object({
      name: Type.String(),
      version: Type.Optional(Type.String()),
      phase: Type.Optional(Type.String()),
      reason: Type.Optional(Verbatim('ClusterServiceVersion status reason')),
      message: Type.Optional(Verbatim('ClusterServiceVersion status message')),
    }),
  ),
});
export type InstallProgress = Type.Static<typeof InstallProgress>;

/**
 * What replacing the key reaches: the Machine-backed Windows nodes WMCO recreates, and the BYOH hosts
 * (entries of windows-instances) that refuse the new key until it is added to them. Each is absent
 * when the caller may not read what it counts.
 */
export const KeyRotationReach = Type.Object({
  machineNodes: Type.Optional(Type.Integer({ minimum: 0 })),
  byohHosts: Type.Optional(Type.Integer({ minimum: 0 })),
});
export type KeyRotationReach = Type.Static<typeof KeyRotationReach>;

/** What the wizard needs: choices offered by the cluster, what exists already, and live progress. */
export const InstallState = Type.Object({
  namespace: Type.String(),
  catalogSources: Type.Array(
    Type.Object({
      name: Type.String(),
      namespace: Type.String(),
      displayName: Type.Optional(Type.String()),
    }),
  ),
  channels: Type.Array(Type.Object({ name: Type.String(), version: Type.Optional(Type.String()) })),
  defaultChannel: Type.Optional(Type.String()),
  existing: Type.Object({
    namespace: Type.Boolean(),
    operatorGroup: Type.Optional(Type.String()),
    subscription: Type.Optional(
      Type.Object({
        name: Type.String(),
        channel: Type.Optional(Type.String()),
        approval: Type.Optional(Type.String()),
        source: Type.Optional(Type.String()),
      }),
    ),
    key: Type.Optional(PublicKeyInfo),
  }),
  /**
   * An install that stopped halfway (the BFF or the browser went away): what it has not made yet, and
   * the choices it was started with when the namespace recorded them. Running the install again with
   * them completes it.
   */
  incomplete: Type.Optional(
    Type.Object({ missing: Type.Array(InstallPart), settings: Type.Optional(InstallSettings) }),
  ),
  progress: InstallProgress,
  keyRotation: KeyRotationReach,
  /** WMCO's service log rotation, while its Subscription exists. */
  logRotation: Type.Optional(LogRotationState),
  unreadable: Type.Array(Type.String()),
});
export type InstallState = Type.Static<typeof InstallState>;

export const InstallPreview = Type.Object({
  objects: Type.Array(
    Type.Object({ kind: Type.String(), name: Type.String(), yaml: Type.String() }),
  ),
});
export type InstallPreview = Type.Static<typeof InstallPreview>;

export const ApproveRequest = Type.Object(
  { installPlan: Type.String({ minLength: 1, maxLength: 253 }) },
  { additionalProperties: false },
);

export const RotateKeyRequest = Type.Object({ key: KeyChoice }, { additionalProperties: false });

/** What removing WMCO would leave stranded (guide ch. 10), and what there is to remove. */
export const UninstallPlan = Type.Object({
  namespace: Type.String(),
  namespaceExists: Type.Boolean(),
  subscription: Type.Optional(Type.String()),
  csv: Type.Optional(Type.String()),
  windowsMachines: Type.Array(Type.String()),
  byohInstances: Type.Array(Type.String()),
  unreadable: Type.Array(Type.String()),
});
export type UninstallPlan = Type.Static<typeof UninstallPlan>;

export const UninstallResult = Type.Object({ steps: Type.Array(InstallStep) });
export type UninstallResult = { steps: InstallStep[] };

/** The preview needs the choices, never the key itself: only how it will be provided. */
export const InstallPreviewRequest = Type.Object(
  {
    ...Type.Omit(InstallRequest, ['key']).properties,
    keyMode: Type.Union([Type.Literal('generate'), Type.Literal('upload'), Type.Literal('keep')]),
  },
  { additionalProperties: false },
);
export type InstallPreviewRequest = Type.Static<typeof InstallPreviewRequest>;
