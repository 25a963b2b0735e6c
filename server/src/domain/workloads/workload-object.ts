import type { V1NodeSelectorTerm, V1Toleration } from '@kubernetes/client-node';
import type { WorkloadReadProblem } from '../../../contract/workloads';
import { unsupportedKindProblem } from './unsupported-kinds';

/** One container (or init container) as far as the workload checker looks at it. */
export interface ContainerFacts {
  name: string;
  image?: string;
  imagePullPolicy?: string;
  privileged: boolean;
  /** `hugepages-*` resources it requests or is limited to. */
  hugePages: string[];
  windowsOptions: boolean;
}

/** The pod template of a workload, read defensively: pasted YAML may hold anything. */
export interface WorkloadFacts {
  kind: string;
  apiVersion?: string;
  name?: string;
  namespace?: string;
  nodeSelector: Record<string, string>;
  /** requiredDuringSchedulingIgnoredDuringExecution node selector terms, ORed. */
  requiredNodeTerms: V1NodeSelectorTerm[];
  tolerations: V1Toleration[];
  runtimeClassName?: string;
  osName?: string;
  hostNetwork: boolean;
  imagePullSecrets: boolean;
  containers: ContainerFacts[];
  /** Volumes backed by huge pages (`emptyDir.medium: HugePages…`). */
  hugePageVolumes: string[];
  /** The pod asks for OpenShift Service Mesh's sidecar (`sidecar.istio.io/inject: "true"`). */
  meshSidecar: boolean;
}

/** Kinds the checker reads, and where each keeps its pod spec. */
export const podSpecPaths: Record<string, string[]> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
  DeploymentConfig: ['spec', 'template', 'spec'],
};

export const checkableKinds = Object.keys(podSpecPaths);

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function records(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function stringMap(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, entry]) =>
      typeof entry === 'string' ? [[key, entry]] : [],
    ),
  );
}

function at(object: Json, path: string[]): unknown {
  let current: unknown = object;
  for (const segment of path) {
    if (!isRecord(current)) return undefined;
    current = current[segment];
  }
  return current;
}

function container(raw: Json, index: number): ContainerFacts {
  const resources = isRecord(raw.resources) ? raw.resources : {};
  const hugePages = new Set(
    [resources.requests, resources.limits].flatMap((list) =>
      isRecord(list) ? Object.keys(list).filter((key) => key.startsWith('hugepages-')) : [],
    ),
  );
  const securityContext = isRecord(raw.securityContext) ? raw.securityContext : {};
  return {
    name: text(raw.name) ?? `#${String(index + 1)}`,
    image: text(raw.image),
    imagePullPolicy: text(raw.imagePullPolicy),
    privileged: securityContext.privileged === true,
    hugePages: [...hugePages].sort(),
    windowsOptions: isRecord(securityContext.windowsOptions),
  };
}

export type WorkloadReading = { workload: WorkloadFacts } | { problem: WorkloadReadProblem };

/**
 * What the checker needs from a workload object, or why it cannot be read as one. The object is
 * trusted no further than its shape: every field is type-checked before it is used.
 */
export function readWorkload(object: unknown): WorkloadReading {
  if (!isRecord(object)) return { problem: { code: 'not-an-object', params: {} } };
  const kind = text(object.kind);
  if (!kind) return { problem: { code: 'no-kind', params: {} } };
  const unsupported = unsupportedKindProblem(kind, text(object.apiVersion));
  if (unsupported) return { problem: unsupported };
  const path = podSpecPaths[kind];
  if (!path) {
    return { problem: { code: 'kind-not-checkable', params: { kind, kinds: checkableKinds } } };
  }
  const spec = at(object, path);
  if (!isRecord(spec)) {
    return { problem: { code: 'no-pod-template', params: { kind, path: path.join('.') } } };
  }
  const metadata = isRecord(object.metadata) ? object.metadata : {};
  // The pod's own metadata: the object's for a Pod, its template's for the others.
  const podMetadata = at(object, [...path.slice(0, -1), 'metadata']);
  const podMeta = isRecord(podMetadata) ? podMetadata : {};
  const affinity = at(spec, [
    'affinity',
    'nodeAffinity',
    'requiredDuringSchedulingIgnoredDuringExecution',
    'nodeSelectorTerms',
  ]);
  const podSecurityContext = isRecord(spec.securityContext) ? spec.securityContext : {};
  const containers = [...records(spec.initContainers), ...records(spec.containers)].map(container);
  if (isRecord(podSecurityContext.windowsOptions)) {
    for (const entry of containers) entry.windowsOptions = true;
  }
  return {
    workload: {
      kind,
      apiVersion: text(object.apiVersion),
      name: text(metadata.name),
      namespace: text(metadata.namespace),
      nodeSelector: stringMap(spec.nodeSelector),
      requiredNodeTerms: records(affinity),
      tolerations: records(spec.tolerations),
      runtimeClassName: text(spec.runtimeClassName),
      osName: text(at(spec, ['os', 'name'])),
      hostNetwork: spec.hostNetwork === true,
      imagePullSecrets: records(spec.imagePullSecrets).length > 0,
      containers,
      hugePageVolumes: records(spec.volumes)
        .filter((volume) => text(at(volume, ['emptyDir', 'medium']))?.startsWith('HugePages'))
        .map((volume) => text(volume.name) ?? '?'),
      meshSidecar: [podMeta.annotations, podMeta.labels].some(
        (map) => stringMap(map)['sidecar.istio.io/inject'] === 'true',
      ),
    },
  };
}
