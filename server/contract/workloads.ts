import Type from 'typebox';
import { UnsupportedFeature } from './guide';
import { MessageOf, Verbatim, type Coded } from './messages';

// RFC 1123 label (namespaces); RFC 1035 label for the sample's name, which is also a Service name.
const namespaceName = { pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', minLength: 1, maxLength: 63 };
const serviceName = { pattern: '^[a-z]([-a-z0-9]*[a-z0-9])?$', minLength: 1, maxLength: 63 };
const objectName = { minLength: 1, maxLength: 253 };
/** `node.kubernetes.io/windows-build` values: `10.0.<build>`. */
const windowsBuild = { pattern: '^10\\.0\\.[0-9]{5}$' };

/** A RuntimeClass as the page shows it, and whether it is the guide's object for its build. */
export const RuntimeClassSummary = Type.Object({
  name: Type.String(),
  handler: Type.String(),
  /** The Windows build its node selector pins, if any. */
  build: Type.Optional(Type.String()),
  /** Same handler, node selector and tolerations as the guide's RuntimeClass for that build. */
  matchesGuide: Type.Boolean(),
  /** Its tolerations let pods past WMCO's os=Windows:NoSchedule taint. */
  toleratesWindowsTaint: Type.Boolean(),
});
export type RuntimeClassSummary = Type.Static<typeof RuntimeClassSummary>;

/** One Windows build present on the cluster's nodes. */
export const WindowsBuild = Type.Object({
  build: Type.String(),
  /** Windows Server version name (2019, 2022, 2025) when the support matrix knows the build. */
  windowsServer: Type.Optional(Type.String()),
  /** The container image tag that matches it (ltsc2019, ltsc2022, ltsc2025). */
  imageTag: Type.Optional(Type.String()),
  nodes: Type.Array(Type.String()),
  readyNodes: Type.Integer(),
  /** RuntimeClasses whose node selector pins this build. */
  runtimeClasses: Type.Array(Type.String()),
  /** A RuntimeClass equal to the guide's one for this build, which creating would reuse. */
  guideRuntimeClass: Type.Optional(Type.String()),
  /** `windows<version>`, the name the wizard proposes. */
  suggestedName: Type.Optional(Type.String()),
});
export type WindowsBuild = Type.Static<typeof WindowsBuild>;

export const WorkloadsState = Type.Object({
  builds: Type.Array(WindowsBuild),
  runtimeClasses: Type.Array(RuntimeClassSummary),
  /** What the caller could not read (nodes, runtimeclasses), so empty lists say why. */
  unreadable: Type.Array(Type.String()),
});
export type WorkloadsState = Type.Static<typeof WorkloadsState>;

export const RuntimeClassRequest = Type.Object(
  {
    build: Type.String(windowsBuild),
    name: Type.String(objectName),
  },
  { additionalProperties: false },
);
export type RuntimeClassRequest = Type.Static<typeof RuntimeClassRequest>;

export const RuntimeClassResult = Type.Object({
  name: Type.String(),
  /** `reused`: a RuntimeClass doing exactly the same for the build existed, nothing was created. */
  outcome: Type.Union([Type.Literal('created'), Type.Literal('reused')]),
  build: Type.String(),
});
export type RuntimeClassResult = Type.Static<typeof RuntimeClassResult>;

export const ImageFamily = Type.Union([Type.Literal('servercore'), Type.Literal('powershell')]);
export const ServiceType = Type.Union([
  Type.Literal('LoadBalancer'),
  Type.Literal('NodePort'),
  Type.Literal('ClusterIP'),
]);

/** The sample generator's choices; the image tag follows from the build. */
export const SampleRequest = Type.Object(
  {
    namespace: Type.String(namespaceName),
    name: Type.String(serviceName),
    imageFamily: ImageFamily,
    build: Type.String(windowsBuild),
    runtimeClassName: Type.String(objectName),
    replicas: Type.Integer({ minimum: 0, maximum: 100 }),
    serviceType: ServiceType,
  },
  { additionalProperties: false },
);
export type SampleRequest = Type.Static<typeof SampleRequest>;

/** The namespaces the caller may list, for the sample's namespace picker. */
export const SampleNamespaces = Type.Object({
  namespaces: Type.Array(Type.String()),
  /** False when the caller may not list namespaces: a name can still be typed. */
  readable: Type.Boolean(),
});
export type SampleNamespaces = Type.Static<typeof SampleNamespaces>;

export const YamlObject = Type.Object({
  kind: Type.String(),
  name: Type.String(),
  yaml: Type.String(),
});

const none = Type.Object({});
const text = Type.String();
const optionalText = Type.Optional(text);
const texts = Type.Array(text);

/** What would keep the sample from running; the first two also refuse creating it. */
export const sampleProblemCatalogue = {
  'runtime-class-not-found': Type.Object({ runtimeClass: text, build: text }),
  'runtime-class-other-build': Type.Object({
    runtimeClass: text,
    build: text,
    /** The build the RuntimeClass pins, if any. */
    pinned: optionalText,
  }),
};

/** What the sample generator says before creating, and after. */
export const sampleWarningCatalogue = {
  ...sampleProblemCatalogue,
  'runtime-class-unreadable': Type.Object({ runtimeClass: text }),
  'no-node-with-build': Type.Object({ build: text, version: optionalText }),
};
export type SampleWarningCatalogue = typeof sampleWarningCatalogue;
export type SampleWarning = Coded<SampleWarningCatalogue>;

export const SamplePreview = Type.Object({
  objects: Type.Array(YamlObject),
  /** What would keep the sample from running (no such RuntimeClass, another build), said before creating. */
  warnings: Type.Array(MessageOf(sampleWarningCatalogue)),
});
export type SamplePreview = Omit<Type.Static<typeof SamplePreview>, 'warnings'> & {
  warnings: SampleWarning[];
};

export const SampleResult = Type.Object({
  created: Type.Array(
    Type.Object({ kind: Type.String(), name: Type.String(), namespace: Type.String() }),
  ),
  warnings: Type.Array(MessageOf(sampleWarningCatalogue)),
});
export type SampleResult = Omit<Type.Static<typeof SampleResult>, 'warnings'> & {
  warnings: SampleWarning[];
};

export const CheckableKind = Type.Union([
  Type.Literal('Deployment'),
  Type.Literal('StatefulSet'),
  Type.Literal('DaemonSet'),
  Type.Literal('Pod'),
]);
export type CheckableKind = Type.Static<typeof CheckableKind>;

/** 256 KiB: a workload is a few kilobytes; the cap keeps parsing cheap. */
export const maxCheckYamlLength = 256 * 1024;

/** Exactly one of `reference` (a workload in the cluster, read as the caller) or pasted `yaml`. */
export const CheckRequest = Type.Object(
  {
    reference: Type.Optional(
      Type.Object(
        {
          kind: CheckableKind,
          namespace: Type.String(namespaceName),
          name: Type.String(objectName),
        },
        { additionalProperties: false },
      ),
    ),
    yaml: Type.Optional(Type.String({ minLength: 1, maxLength: maxCheckYamlLength })),
  },
  { additionalProperties: false },
);
export type CheckRequest = Type.Static<typeof CheckRequest>;

export * from './workload-check';

/** Why a workload's YAML or object cannot be checked. */
export const workloadReadCatalogue = {
  'yaml-too-long': Type.Object({ kib: Type.Integer() }),
  'yaml-empty': none,
  'yaml-several-documents': Type.Object({ count: Type.Integer() }),
  'yaml-unparseable': Type.Object({ detail: Verbatim('the YAML parser’s words') }),
  'yaml-list': none,
  'not-an-object': none,
  'no-kind': none,
  'kind-not-checkable': Type.Object({ kind: text, kinds: texts }),
  'no-pod-template': Type.Object({ kind: text, path: text }),
  /** The kind is a feature Windows nodes lack (guide §3.4), rather than a workload. */
  'unsupported-kind': Type.Object({ kind: text, feature: UnsupportedFeature }),
};
export type WorkloadReadProblem = Coded<typeof workloadReadCatalogue>;

/** Why a RuntimeClass name would be refused. */
export const runtimeClassNameCatalogue = {
  'runtime-class-name-empty': none,
  'runtime-class-name-too-long': none,
  'runtime-class-name-invalid': none,
};
export type RuntimeClassNameProblem = Coded<typeof runtimeClassNameCatalogue>;
