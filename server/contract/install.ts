import Type from 'typebox';

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

/** What the install did to one object, in words a person reads. */
export const InstallStep = Type.Object({
  object: Type.String(),
  outcome: InstallStepOutcome,
  message: Type.String(),
});
export type InstallStep = Type.Static<typeof InstallStep>;

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
  warnings: Type.Array(Type.String()),
});
export type InstallResult = Type.Static<typeof InstallResult>;

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
      reason: Type.Optional(Type.String()),
      message: Type.Optional(Type.String()),
    }),
  ),
});
export type InstallProgress = Type.Static<typeof InstallProgress>;

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
export type UninstallResult = Type.Static<typeof UninstallResult>;

/** The preview needs the choices, never the key itself: only how it will be provided. */
export const InstallPreviewRequest = Type.Object(
  {
    ...Type.Omit(InstallRequest, ['key']).properties,
    keyMode: Type.Union([Type.Literal('generate'), Type.Literal('upload'), Type.Literal('keep')]),
  },
  { additionalProperties: false },
);
export type InstallPreviewRequest = Type.Static<typeof InstallPreviewRequest>;
