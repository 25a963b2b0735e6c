import Type from 'typebox';

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
  outcome: Type.Union([Type.Literal('created'), Type.Literal('reused')]),
  message: Type.String(),
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

export const YamlObject = Type.Object({
  kind: Type.String(),
  name: Type.String(),
  yaml: Type.String(),
});

export const SamplePreview = Type.Object({
  objects: Type.Array(YamlObject),
  /** What would keep the sample from running (no such RuntimeClass, another build), said before creating. */
  warnings: Type.Array(Type.String()),
});
export type SamplePreview = Type.Static<typeof SamplePreview>;

export const SampleResult = Type.Object({
  created: Type.Array(
    Type.Object({ kind: Type.String(), name: Type.String(), namespace: Type.String() }),
  ),
  warnings: Type.Array(Type.String()),
});
export type SampleResult = Type.Static<typeof SampleResult>;

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

export const WorkloadFinding = Type.Object({
  id: Type.String(),
  severity: Type.Union([Type.Literal('blocked'), Type.Literal('warning')]),
  title: Type.String(),
  detail: Type.String(),
  fix: Type.String(),
  guideSection: Type.Optional(Type.String()),
  container: Type.Optional(Type.String()),
});
export type WorkloadFinding = Type.Static<typeof WorkloadFinding>;

export const CheckResult = Type.Object({
  workload: Type.Object({
    kind: Type.String(),
    name: Type.Optional(Type.String()),
    namespace: Type.Optional(Type.String()),
  }),
  target: Type.Union([Type.Literal('windows'), Type.Literal('linux')]),
  verdict: Type.Union([Type.Literal('can-run'), Type.Literal('cannot-run'), Type.Literal('linux')]),
  signals: Type.Array(Type.String()),
  findings: Type.Array(WorkloadFinding),
  nodes: Type.Array(Type.String()),
  notChecked: Type.Array(Type.String()),
});
export type CheckResult = Type.Static<typeof CheckResult>;
