import Type from 'typebox';
import { GuideSection } from './guide';
import { CodeOf, MessageOf, Params, type Coded } from './messages';

const none = Type.Object({});
const text = Type.String();
const optionalText = Type.Optional(text);
const texts = Type.Array(text);

/** Why a registry probably needs credentials, which Windows nodes cannot supply. */
export const RegistryReason = Type.Enum([
  'internal-registry',
  'redhat-registry',
  'private-address',
  'private-network',
  'pull-secrets',
  'custom-port',
]);
export type RegistryReason = Type.Static<typeof RegistryReason>;

const container = Type.Object({ container: text });
const registry = {
  container: text,
  image: text,
  registry: text,
  reason: RegistryReason,
};

/** Every reason a workload cannot (or might not) run on Windows nodes, with the values it names. */
export const workloadFindingCatalogue = {
  'deployment-config': none,
  'no-windows-nodes': none,
  'runtime-class-missing': Type.Object({ runtimeClass: text }),
  'no-toleration-no-runtime-class': none,
  'no-toleration': Type.Object({ runtimeClass: text }),
  'no-matching-node-conflict': Type.Object({
    key: text,
    podValue: text,
    runtimeClass: text,
    runtimeValue: text,
  }),
  /** `selector` as `key=value` entries; `builds` the Windows builds the nodes run. */
  'no-matching-node': Type.Object({ selector: texts, builds: texts }),
  'no-matching-node-with-affinity': Type.Object({ selector: texts, builds: texts }),
  'os-name-missing': none,
  'os-name-not-windows': Type.Object({ osName: text }),
  'image-build-mismatch': Type.Object({
    container: text,
    image: text,
    imageTag: text,
    build: text,
    /** The builds of the nodes the workload can be scheduled to. */
    poolBuilds: texts,
  }),
  'several-builds-no-runtime-class': Type.Object({ builds: texts }),
  'runtime-class-recommended': none,
  'linux-image': Type.Object({ container: text, image: text, word: text }),
  privileged: container,
  'huge-pages': Type.Object({ container: text, hugePages: texts }),
  'huge-pages-volume': Type.Object({ volume: text }),
  'private-registry': Type.Object(registry),
  /** The pull policy makes every start pull the image. */
  'private-registry-pulled': Type.Object({ ...registry, policy: text }),
  'host-network': none,
  /** The Windows nodes the Linux workload could land on; `-any` when the cluster has none yet. */
  'linux-not-pinned': Type.Object({ nodes: texts }),
  'linux-not-pinned-any': none,
  'linux-tolerates-windows-taint': Type.Object({ nodes: texts }),
  'linux-tolerates-windows-taint-any': none,
  'service-mesh': none,
  'hyperv-isolation': Type.Object({ runtimeClass: text, handler: text }),
};
export type WorkloadFindingCatalogue = typeof workloadFindingCatalogue;

const runtimeClassForBuild = Type.Object({ runtimeClass: text, build: text });
/** `name`: the name the RuntimeClasses tab proposes for the build (`windows2022`), when known. */
const newRuntimeClass = Type.Object({ build: text, name: optionalText });

/** How to fix a workload finding. */
export const workloadFixCatalogue = {
  'use-deployment': none,
  'add-windows-nodes': none,
  'create-or-name-runtime-class': none,
  'set-runtime-class': runtimeClassForBuild,
  'create-runtime-class': newRuntimeClass,
  'set-runtime-class-or-tolerate': runtimeClassForBuild,
  'create-runtime-class-or-tolerate': newRuntimeClass,
  'image-runtime-class-or-tolerate': none,
  /** No node runs `build` (the image's): `builds` are the builds the Windows nodes do run. */
  'no-node-runs-build': Type.Object({ build: text, builds: texts }),
  'no-node-runs-build-or-tolerate': Type.Object({ build: text, builds: texts }),
  'add-guide-tolerations': Type.Object({ runtimeClass: text }),
  'select-existing-build': none,
  /** `tags`: the image tags of the nodes' builds. */
  'use-tag-or-set-runtime-class': Type.Object({ tags: texts, runtimeClass: text, build: text }),
  'use-tag-or-create-runtime-class': Type.Object({ tags: texts, build: text, name: optionalText }),
  'use-tag-for-nodes': Type.Object({ tags: texts, build: text }),
  'create-runtime-class-per-build': none,
  'create-runtime-class-for-nodes': none,
  'set-os-name-like-sample': none,
  'set-os-name-windows': none,
  'use-windows-image': none,
  'remove-privileged': none,
  'remove-huge-pages': none,
  'use-plain-empty-dir': none,
  'pre-pull-or-public-registry': none,
  'pre-pull-if-not-present-or-public-registry': none,
  'remove-host-network': none,
  'pin-linux-or-narrow-toleration': none,
  'pin-linux': none,
  'remove-mesh-sidecar': none,
  'use-process-isolation': none,
};
export type WorkloadFixCatalogue = typeof workloadFixCatalogue;

export const WorkloadFinding = Type.Object({
  /** Which rule: the same for the variants of one reason. */
  id: Type.String(),
  severity: Type.Union([Type.Literal('blocked'), Type.Literal('warning')]),
  code: CodeOf(workloadFindingCatalogue),
  params: Params,
  fix: MessageOf(workloadFixCatalogue),
  guideSection: Type.Optional(GuideSection),
  container: Type.Optional(Type.String()),
});
export type WorkloadFinding = Omit<Type.Static<typeof WorkloadFinding>, 'code' | 'params' | 'fix'> &
  Coded<WorkloadFindingCatalogue> & { fix: Coded<WorkloadFixCatalogue> };

/** What made the checker take a workload for a Windows one. */
export const workloadSignalCatalogue = {
  'os-name': none,
  'node-selector-os': none,
  'node-selector-build': none,
  'runtime-class': Type.Object({ runtimeClass: text }),
  toleration: none,
  'windows-image': Type.Object({ image: text }),
  'windows-options': none,
};
export type WorkloadSignalCatalogue = typeof workloadSignalCatalogue;

/** What the checker could not read as the caller, and so did not check. */
export const NotChecked = Type.Enum(['nodes', 'runtime-classes']);
export type NotChecked = Type.Static<typeof NotChecked>;

export const CheckResult = Type.Object({
  workload: Type.Object({
    kind: Type.String(),
    name: Type.Optional(Type.String()),
    namespace: Type.Optional(Type.String()),
  }),
  target: Type.Union([Type.Literal('windows'), Type.Literal('linux')]),
  verdict: Type.Union([Type.Literal('can-run'), Type.Literal('cannot-run'), Type.Literal('linux')]),
  signals: Type.Array(MessageOf(workloadSignalCatalogue)),
  findings: Type.Array(WorkloadFinding),
  nodes: Type.Array(Type.String()),
  notChecked: Type.Array(NotChecked),
});
export type CheckResult = Omit<Type.Static<typeof CheckResult>, 'signals' | 'findings'> & {
  signals: Coded<WorkloadSignalCatalogue>[];
  findings: WorkloadFinding[];
};
