import type {
  NotChecked,
  RegistryReason,
  WorkloadFindingCatalogue,
  WorkloadSignalCatalogue,
} from '../../server/contract/workloads';
import { windowsServerReleaseOfBuild } from '../../server/src/domain/support/support-matrix';
import type { Wording, WordsFor } from './wording';

export interface WorkloadFindingText {
  title: string;
  detail: string;
}

/** `10.0.17763 (Windows Server 2019)`, or the bare build the support matrix does not know. */
export function describeBuild({ t }: Wording, build: string): string {
  const release = windowsServerReleaseOfBuild(build);
  return release
    ? t('{{build}} (Windows Server {{version}})', { build, version: release.version })
    : build;
}

/** Builds as a list in the reader's language, each with its Windows Server version. */
export function describeBuilds(wording: Wording, list: readonly string[]): string {
  return wording.list(list.map((build) => describeBuild(wording, build)));
}

const registrySource: Record<RegistryReason, (wording: Wording, registry: string) => string> = {
  'internal-registry': ({ t }, registry) =>
    t('{{registry}}, the cluster’s internal image registry, which needs credentials', {
      registry,
    }),
  'redhat-registry': ({ t }, registry) => t('{{registry}}, which needs credentials', { registry }),
  'private-address': ({ t }, registry) =>
    t('{{registry}}, a registry on a private address', { registry }),
  'private-network': ({ t }, registry) =>
    t('{{registry}}, a registry on a private network', { registry }),
  'pull-secrets': ({ t }, registry) =>
    t('{{registry}} with the pod’s imagePullSecrets, so it needs credentials', { registry }),
  'custom-port': ({ t }, registry) => t('{{registry}}, a registry on a custom port', { registry }),
};

function privateRegistry(
  wording: Wording,
  {
    container,
    image,
    registry,
    reason,
  }: { container: string; image: string; registry: string; reason: RegistryReason },
  pulled?: string,
): WorkloadFindingText {
  const { t } = wording;
  const source = registrySource[reason](wording, registry);
  return {
    title: t('Container {{container}} pulls from a private registry', { container }),
    detail: wording.sentences(
      t('{{image}} comes from {{source}}.', { image, source }),
      pulled
        ? t(
            'Windows nodes do not support pulling images from a private registry, and imagePullPolicy {{policy}} makes every start pull it.',
            { policy: pulled },
          )
        : t('Windows nodes do not support pulling images from a private registry.'),
    ),
  };
}

function linuxWorkload(
  wording: Wording,
  tolerated: boolean,
  nodes: readonly string[] | undefined,
): WorkloadFindingText {
  const { t } = wording;
  const where = nodes ? wording.list(nodes) : t('Windows nodes');
  return tolerated
    ? {
        title: t('This Linux workload can be scheduled onto Windows nodes now'),
        detail: t(
          'It tolerates the os=Windows:NoSchedule taint and nothing in its nodeSelector or node affinity keeps it on Linux, so its pods can land on {{where}} and fail there.',
          { where },
        ),
      }
    : {
        title: t('Only the Windows taint keeps this Linux workload off Windows nodes'),
        detail: t(
          'It has no nodeSelector or node affinity for kubernetes.io/os=linux: if the os=Windows taint were removed, or a blanket toleration added, its pods would be scheduled onto {{where}} and fail there.',
          { where },
        ),
      };
}

function noMatchingNode(
  wording: Wording,
  withAffinity: boolean,
  { selector, builds: nodeBuilds }: { selector: string[]; builds: string[] },
): WorkloadFindingText {
  const { t } = wording;
  const params = {
    selector: selector.length === 0 ? t('(none)') : selector.join(', '),
    builds: describeBuilds(wording, nodeBuilds),
  };
  return {
    title: t('No Windows node matches the workload’s node selector'),
    detail: withAffinity
      ? t(
          'The node selector and required node affinity ({{selector}}) match none of the Windows nodes, whose builds are {{builds}}.',
          params,
        )
      : t(
          'The node selector ({{selector}}) matches none of the Windows nodes, whose builds are {{builds}}.',
          params,
        ),
  };
}

/** Every reason a workload cannot (or might not) run on Windows nodes, in the reader's language. */
export const workloadFindingWords: WordsFor<WorkloadFindingCatalogue, WorkloadFindingText> = {
  'deployment-config': ({ t }) => ({
    title: t('Windows nodes do not run DeploymentConfig workloads'),
    detail: t('Workloads created by a DeploymentConfig are not supported on Windows nodes.'),
  }),
  'no-windows-nodes': ({ t }) => ({
    title: t('The cluster has no Windows nodes'),
    detail: t(
      'No node carries kubernetes.io/os=windows, so there is nowhere for this workload to run.',
    ),
  }),
  'runtime-class-missing': ({ t }, { runtimeClass }) => ({
    title: t('RuntimeClass {{runtimeClass}} does not exist', { runtimeClass }),
    detail: t('The API server rejects pods that name a RuntimeClass that does not exist.'),
  }),
  'no-toleration-no-runtime-class': ({ t }) => ({
    title: t('No toleration for the Windows taint and no RuntimeClass'),
    detail: t(
      'Every Windows node carries the taint os=Windows:NoSchedule. This workload neither tolerates it nor names a RuntimeClass that adds the toleration, so the scheduler never places it on a Windows node.',
    ),
  }),
  'no-toleration': ({ t }, { runtimeClass }) => ({
    title: t('No toleration for the Windows taint'),
    detail: t(
      'Neither the pod nor RuntimeClass {{runtimeClass}} tolerates os=Windows:NoSchedule, the taint on every Windows node.',
      { runtimeClass },
    ),
  }),
  'no-matching-node-conflict': ({ t }, { key, podValue, runtimeClass, runtimeValue }) => ({
    title: t('No Windows node matches the workload’s node selector'),
    detail: t(
      'The pod’s nodeSelector sets {{label}}={{podValue}}, but RuntimeClass {{runtimeClass}} requires {{label}}={{runtimeValue}}: the two conflict.',
      { label: key, podValue, runtimeClass, runtimeValue },
    ),
  }),
  'no-matching-node': (w, p) => noMatchingNode(w, false, p),
  'no-matching-node-with-affinity': (w, p) => noMatchingNode(w, true, p),
  'os-name-missing': ({ t }) => ({
    title: t('spec.os.name is not set'),
    detail: t(
      'Without os.name: windows the API server validates the pod as a Linux pod, and Linux-only security settings can be applied to it.',
    ),
  }),
  'os-name-not-windows': ({ t }, { osName }) => ({
    title: t('spec.os.name is {{osName}}', { osName }),
    detail: t('The kubelet of a Windows node rejects a pod whose os.name is not windows.'),
  }),
  'image-build-mismatch': (w, { container, image, imageTag, build, poolBuilds }) => ({
    title: w.t('Container {{container}}: the image’s Windows build matches no node it can run on', {
      container,
    }),
    detail: w.sentences(
      w.t('The container base image must match the node’s build.'),
      w.t(
        '{{image}} ({{imageTag}}) is built for {{build}}, but the nodes this workload can be scheduled to run {{builds}}.',
        { image, imageTag, build: describeBuild(w, build), builds: describeBuilds(w, poolBuilds) },
      ),
    ),
  }),
  'several-builds-no-runtime-class': (w, { builds: nodeBuilds }) => ({
    title: w.t('Several Windows builds on the cluster and no RuntimeClass'),
    detail: w.t(
      'The Windows nodes run {{builds}}. Without a RuntimeClass the pods can land on a node whose build does not match their image.',
      { builds: describeBuilds(w, nodeBuilds) },
    ),
  }),
  'runtime-class-recommended': ({ t }) => ({
    title: t('No RuntimeClass'),
    detail: t(
      'With a single Windows build a RuntimeClass is not required, but the guide recommends one: it keeps pods on matching nodes once another build joins the cluster.',
    ),
  }),
  'linux-image': ({ t }, { container, image, word }) => ({
    title: t('Container {{container}} runs a Linux image', { container }),
    detail: t('{{image}} is a Linux-only image (“{{word}}”): a Windows node cannot run it.', {
      image,
      word,
    }),
  }),
  privileged: ({ t }, { container }) => ({
    title: t('Container {{container}} is privileged', { container }),
    detail: t('Windows containers do not support privileged containers.'),
  }),
  'huge-pages': (w, { container, hugePages }) => ({
    title: w.t('Container {{container}} asks for huge pages', { container }),
    detail: w.t('It requests {{resources}}; Windows containers do not support huge pages.', {
      resources: w.list(hugePages),
    }),
  }),
  'huge-pages-volume': ({ t }, { volume }) => ({
    title: t('Volume {{volume}} is backed by huge pages', { volume }),
    detail: t('Windows containers do not support huge pages.'),
  }),
  'private-registry': (w, p) => privateRegistry(w, p),
  'private-registry-pulled': (w, p) => privateRegistry(w, p, p.policy),
  'host-network': ({ t }) => ({
    title: t('The pod uses the host network'),
    detail: t(
      'hostNetwork is not supported for pods on OpenShift Windows nodes: they join the hybrid overlay network.',
    ),
  }),
  'linux-not-pinned': (w, { nodes }) => linuxWorkload(w, false, nodes),
  'linux-not-pinned-any': (w) => linuxWorkload(w, false, undefined),
  'linux-tolerates-windows-taint': (w, { nodes }) => linuxWorkload(w, true, nodes),
  'linux-tolerates-windows-taint-any': (w) => linuxWorkload(w, true, undefined),
  'service-mesh': ({ t }) => ({
    title: t('The pod asks for the Service Mesh sidecar'),
    detail: t(
      'OpenShift Service Mesh is not supported on Windows nodes: its sidecar is a Linux container.',
    ),
  }),
  'hyperv-isolation': ({ t }, { runtimeClass, handler }) => ({
    title: t('RuntimeClass {{runtimeClass}} asks for Hyper-V isolation', { runtimeClass }),
    detail: t(
      'Handler {{handler}} needs Hyper-V isolated containers; WMCO configures containerd with process isolation only (runhcs-wcow-process).',
      { handler },
    ),
  }),
};

/** What made the checker take a workload for a Windows one. */
export const workloadSignalWords: WordsFor<WorkloadSignalCatalogue> = {
  'os-name': ({ t }) => t('spec.os.name is windows'),
  'node-selector-os': ({ t }) => t('nodeSelector kubernetes.io/os=windows'),
  'node-selector-build': ({ t }) => t('nodeSelector node.kubernetes.io/windows-build'),
  'runtime-class': ({ t }, { runtimeClass }) =>
    t('runtimeClassName {{runtimeClass}}', { runtimeClass }),
  toleration: ({ t }) => t('a toleration for os=Windows'),
  'windows-image': ({ t }, { image }) => t('Windows image {{image}}', { image }),
  'windows-options': ({ t }) => t('securityContext.windowsOptions'),
};

/** What the checker could not read as the caller, and what that left unchecked. */
export const notCheckedWords: Record<NotChecked, (wording: Wording) => string> = {
  nodes: ({ t }) => t('Windows nodes (you may not list nodes): build and node checks were skipped'),
  'runtime-classes': ({ t }) =>
    t('RuntimeClasses (you may not list them): the RuntimeClass was taken on trust'),
};
