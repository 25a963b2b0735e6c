import type { V1Node, V1RuntimeClass } from '@kubernetes/client-node';
import type {
  CheckableKind,
  RuntimeClassSummary,
  WindowsBuild,
  WorkloadsState,
} from '../../../contract/workloads';
import { windowsServerReleaseOfBuild } from '../../domain/support/support-matrix';
import { wmcoNames } from '../../domain/wmco-names';
import type { NodeFacts } from '../../domain/workloads/node-scheduling';
import { tolerates, windowsTaint } from '../../domain/workloads/node-scheduling';
import {
  defaultRuntimeClassName,
  isEquivalentRuntimeClass,
  targetBuild,
  windowsHandler,
} from '../../domain/workloads/runtime-class';
import type { ClusterFacts } from '../../domain/workloads/workload-check-result';
import { HttpError } from '../../errors/http-error';
import { kinds, windowsNodeSelector, type Kind } from '../kinds';
import type { ClusterReader } from '../reader/cluster-reader';

/** What scheduling Windows workloads depends on, read as the caller; undefined = not readable. */
export interface WindowsSchedulingFacts {
  nodes?: readonly V1Node[];
  runtimeClasses?: readonly V1RuntimeClass[];
  unreadable: string[];
}

export async function readSchedulingFacts(reader: ClusterReader): Promise<WindowsSchedulingFacts> {
  const [nodes, runtimeClasses] = await Promise.all([
    reader.list<V1Node>(kinds.node, { labelSelector: windowsNodeSelector }),
    reader.list<V1RuntimeClass>(kinds.runtimeClass),
  ]);
  return { nodes, runtimeClasses, unreadable: reader.unreadable() };
}

function toNodeFacts(node: V1Node): NodeFacts {
  return {
    name: node.metadata?.name ?? '',
    labels: node.metadata?.labels ?? {},
    taints: node.spec?.taints ?? [],
  };
}

/** The checker's view of the cluster. */
export function clusterFacts(facts: WindowsSchedulingFacts): ClusterFacts {
  return { windowsNodes: facts.nodes?.map(toNodeFacts), runtimeClasses: facts.runtimeClasses };
}

function isReady(node: V1Node): boolean {
  return node.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

function summary(runtimeClass: V1RuntimeClass): RuntimeClassSummary {
  const build = targetBuild(runtimeClass);
  return {
    name: runtimeClass.metadata?.name ?? '',
    handler: runtimeClass.handler,
    build,
    matchesGuide: build !== undefined && isEquivalentRuntimeClass(runtimeClass, build),
    toleratesWindowsTaint: (runtimeClass.scheduling?.tolerations ?? []).some((t) =>
      tolerates(t, windowsTaint),
    ),
  };
}

/** The Windows builds on the cluster's nodes and the RuntimeClasses that target each. */
export function workloadsState(facts: WindowsSchedulingFacts): WorkloadsState {
  const runtimeClasses = (facts.runtimeClasses ?? [])
    .map(summary)
    .sort((a, b) => a.name.localeCompare(b.name));
  const byBuild = new Map<string, V1Node[]>();
  for (const node of facts.nodes ?? []) {
    const build = node.metadata?.labels?.[wmcoNames.windowsBuildLabel];
    if (build) byBuild.set(build, [...(byBuild.get(build) ?? []), node]);
  }
  const builds: WindowsBuild[] = [...byBuild.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([build, nodes]) => {
      const release = windowsServerReleaseOfBuild(build);
      const targeting = runtimeClasses.filter((rc) => rc.build === build);
      return {
        build,
        windowsServer: release?.version,
        imageTag: release?.imageTag,
        nodes: nodes.map((node) => node.metadata?.name ?? '').sort(),
        readyNodes: nodes.filter(isReady).length,
        runtimeClasses: targeting.map((rc) => rc.name),
        guideRuntimeClass: targeting.find((rc) => rc.matchesGuide && rc.handler === windowsHandler)
          ?.name,
        suggestedName: defaultRuntimeClassName(build),
      };
    });
  return { builds, runtimeClasses, unreadable: facts.unreadable };
}

/** Reads a workload by reference with the caller's token: RBAC decides whether they may see it. */
const checkableKinds: Record<CheckableKind, Kind> = {
  Deployment: kinds.deployment,
  StatefulSet: kinds.statefulSet,
  DaemonSet: kinds.daemonSet,
  Pod: kinds.pod,
};

export async function readWorkloadObject(
  reader: ClusterReader,
  reference: { kind: CheckableKind; namespace: string; name: string },
): Promise<object> {
  const { kind, namespace, name } = reference;
  const object = await reader.get<object>(checkableKinds[kind], name, namespace);
  if (reader.isUnreadable(checkableKinds[kind])) {
    const resource = kind === 'Pod' ? 'pods' : `${kind.toLowerCase()}s.apps`;
    const params = { kind, name, namespace, resource };
    throw new HttpError(403, { code: 'workload-unreadable', params }, 'body.reference');
  }
  if (!object) {
    const params = { kind, name, namespace };
    throw new HttpError(404, { code: 'workload-not-found', params }, 'body.reference.name');
  }
  // Typed reads may leave kind unset; the checker needs it.
  return { ...object, kind };
}
