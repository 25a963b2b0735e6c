import type { V1RuntimeClass } from '@kubernetes/client-node';
import { windowsServerReleaseOfBuild } from '../support/support-matrix';
import { wmcoNames } from '../wmco-names';
import {
  effectivePullPolicy,
  imageWindowsRelease,
  linuxOnlyImageWord,
  looksLikeWindowsImage,
  privateRegistryReason,
} from './image-name';
import {
  selectorMatches,
  tolerates,
  toleratesNode,
  typicalWindowsNode,
  windowsTaint,
  type NodeFacts,
} from './node-scheduling';
import { targetBuild } from './runtime-class';
import { unsupportedPodFeatures } from './unsupported-pod-features';
import type { WorkloadFinding } from './workload-finding';
import type { ContainerFacts, WorkloadFacts } from './workload-object';

/** What the cluster holds, as far as the caller may read it: undefined = not readable. */
export interface ClusterFacts {
  windowsNodes?: NodeFacts[];
  runtimeClasses?: readonly V1RuntimeClass[];
}

export type WorkloadVerdict = 'can-run' | 'cannot-run' | 'linux';

export interface WorkloadCheck {
  workload: { kind: string; name?: string; namespace?: string };
  /** Which nodes the workload is meant for, judged from its own fields. */
  target: 'windows' | 'linux';
  verdict: WorkloadVerdict;
  /** What made the checker take it for a Windows workload (empty for a Linux one). */
  signals: string[];
  findings: WorkloadFinding[];
  /** The Windows nodes it can be scheduled to as it stands. */
  nodes: string[];
  /** What could not be checked because the caller may not read it. */
  notChecked: string[];
}

function buildOf(node: NodeFacts): string | undefined {
  return node.labels[wmcoNames.windowsBuildLabel];
}

function describeBuild(build: string): string {
  const release = windowsServerReleaseOfBuild(build);
  return release ? `${build} (Windows Server ${release.version})` : build;
}

function list(items: string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function capitalized(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

function selectorText(selector: Record<string, string>): string {
  const entries = Object.entries(selector);
  return entries.length === 0 ? '(none)' : entries.map(([k, v]) => `${k}=${v}`).join(', ');
}

/** The RuntimeClass that targets a build with the Windows taint tolerated, to suggest as a fix. */
function runtimeClassFor(build: string, runtimeClasses: readonly V1RuntimeClass[] | undefined) {
  return runtimeClasses?.find(
    (rc) =>
      targetBuild(rc) === build &&
      (rc.scheduling?.tolerations ?? []).some((t) => tolerates(t, windowsTaint)),
  )?.metadata?.name;
}

function suggestRuntimeClass(build: string, cluster: ClusterFacts): string {
  const existing = runtimeClassFor(build, cluster.runtimeClasses);
  const release = windowsServerReleaseOfBuild(build);
  if (existing) return `set runtimeClassName: ${existing} (the RuntimeClass for ${build})`;
  return `create a RuntimeClass for ${build}${release ? ` (windows${release.version})` : ''} on the RuntimeClasses tab and set runtimeClassName to it`;
}

/** Why the checker takes the workload for a Windows one; empty means a Linux workload. */
function windowsSignals(workload: WorkloadFacts, runtimeClass: V1RuntimeClass | undefined) {
  const signals: string[] = [];
  if (workload.osName === 'windows') signals.push('spec.os.name is windows');
  if (workload.nodeSelector[wmcoNames.osLabel] === 'windows') {
    signals.push('nodeSelector kubernetes.io/os=windows');
  }
  if (workload.nodeSelector[wmcoNames.windowsBuildLabel]) {
    signals.push(`nodeSelector ${wmcoNames.windowsBuildLabel}`);
  }
  if (workload.runtimeClassName) {
    const selectsWindows =
      runtimeClass?.scheduling?.nodeSelector?.[wmcoNames.osLabel] === 'windows';
    if (selectsWindows || /windows/i.test(workload.runtimeClassName)) {
      signals.push(`runtimeClassName ${workload.runtimeClassName}`);
    }
  }
  if (workload.tolerations.some((t) => t.key === 'os' && tolerates(t, windowsTaint))) {
    signals.push('a toleration for os=Windows');
  }
  for (const container of workload.containers) {
    if (container.image && looksLikeWindowsImage(container.image)) {
      signals.push(`Windows image ${container.image}`);
    }
  }
  if (workload.containers.some((container) => container.windowsOptions)) {
    signals.push('securityContext.windowsOptions');
  }
  return unique(signals);
}

function checkLinuxWorkload(
  workload: WorkloadFacts,
  cluster: ClusterFacts,
  base: Omit<WorkloadCheck, 'target' | 'verdict' | 'signals' | 'findings' | 'nodes'>,
): WorkloadCheck {
  const known = cluster.windowsNodes;
  const windowsNodes = known && known.length > 0 ? known : [typicalWindowsNode];
  const reachable = windowsNodes.filter((node) =>
    selectorMatches(workload.nodeSelector, workload.requiredNodeTerms, node),
  );
  const findings: WorkloadFinding[] = [];
  const where = known && known.length > 0 ? list(reachable.map((n) => n.name)) : 'Windows nodes';
  if (reachable.length > 0) {
    const tolerated = reachable.filter((node) => toleratesNode(workload.tolerations, node));
    if (tolerated.length > 0) {
      findings.push({
        id: 'linux-tolerates-windows-taint',
        severity: 'warning',
        title: 'This Linux workload can be scheduled onto Windows nodes now',
        detail: `It tolerates the os=Windows:NoSchedule taint and nothing in its nodeSelector or node affinity keeps it on Linux, so its pods can land on ${where} and fail there.`,
        fix: 'Add nodeSelector kubernetes.io/os: linux, or narrow the toleration so it no longer matches os=Windows.',
        guideSection: '6.1',
      });
    } else {
      findings.push({
        id: 'linux-not-pinned',
        severity: 'warning',
        title: 'Only the Windows taint keeps this Linux workload off Windows nodes',
        detail: `It has no nodeSelector or node affinity for kubernetes.io/os=linux: if the os=Windows taint were removed, or a blanket toleration added, its pods would be scheduled onto ${where} and fail there.`,
        fix: 'Add nodeSelector kubernetes.io/os: linux to the pod template.',
        guideSection: '6.1',
      });
    }
  }
  return { ...base, target: 'linux', verdict: 'linux', signals: [], findings, nodes: [] };
}

function containerFindings(container: ContainerFacts, workload: WorkloadFacts): WorkloadFinding[] {
  const findings: WorkloadFinding[] = [];
  const image = container.image;
  const linuxWord = image ? linuxOnlyImageWord(image) : undefined;
  if (image && linuxWord) {
    findings.push({
      id: 'linux-image',
      severity: 'blocked',
      container: container.name,
      title: `Container ${container.name} runs a Linux image`,
      detail: `${image} is a Linux-only image (“${linuxWord}”): a Windows node cannot run it.`,
      fix: 'Use a Windows image built for the node’s Windows Server version, e.g. mcr.microsoft.com/windows/servercore:ltsc2022.',
      guideSection: '6.3',
    });
  }
  if (container.privileged) {
    findings.push({
      id: 'privileged',
      severity: 'blocked',
      container: container.name,
      title: `Container ${container.name} is privileged`,
      detail: 'Windows containers do not support privileged containers.',
      fix: 'Remove securityContext.privileged from the container.',
      guideSection: '3.4',
    });
  }
  if (container.hugePages.length > 0) {
    findings.push({
      id: 'huge-pages',
      severity: 'blocked',
      container: container.name,
      title: `Container ${container.name} asks for huge pages`,
      detail: `It requests ${list(container.hugePages)}; Windows containers do not support huge pages.`,
      fix: 'Remove the hugepages-* requests and limits.',
      guideSection: '3.4',
    });
  }
  const registry = image ? privateRegistryReason(image, workload.imagePullSecrets) : undefined;
  if (image && registry) {
    const policy = effectivePullPolicy(image, container.imagePullPolicy);
    const pulls = policy === 'Always';
    findings.push({
      id: 'private-registry',
      severity: pulls ? 'blocked' : 'warning',
      container: container.name,
      title: `Container ${container.name} pulls from a private registry`,
      detail: `${image} comes from ${registry}. Windows nodes do not support pulling images from a private registry${pulls ? `, and imagePullPolicy ${policy} makes every start pull it` : ''}.`,
      fix: `Pre-pull the image on the Windows nodes${pulls ? ' and set imagePullPolicy: IfNotPresent' : ''}, or use a public registry.`,
      guideSection: '3.4',
    });
  }
  return findings;
}

/**
 * Whether a workload can land on a Windows node of this cluster, and every reason it cannot, each
 * with its fix. Static: it judges the pod template against the nodes and RuntimeClasses, as the
 * scheduler and the RuntimeClass admission plugin would, without running anything.
 */
export function checkWorkload(workload: WorkloadFacts, cluster: ClusterFacts): WorkloadCheck {
  const notChecked: string[] = [];
  if (!cluster.windowsNodes)
    notChecked.push('Windows nodes (you may not list nodes): build and node checks were skipped');
  if (!cluster.runtimeClasses)
    notChecked.push('RuntimeClasses (you may not list them): the RuntimeClass was taken on trust');
  const base = {
    workload: { kind: workload.kind, name: workload.name, namespace: workload.namespace },
    notChecked,
  };
  const runtimeClass = workload.runtimeClassName
    ? cluster.runtimeClasses?.find((rc) => rc.metadata?.name === workload.runtimeClassName)
    : undefined;
  const signals = windowsSignals(workload, runtimeClass);
  if (signals.length === 0 && workload.kind !== 'DeploymentConfig') {
    return checkLinuxWorkload(workload, cluster, base);
  }

  const findings: WorkloadFinding[] = [];
  const add = (finding: WorkloadFinding) => findings.push(finding);
  const nodes = cluster.windowsNodes;
  const allBuilds = unique((nodes ?? []).flatMap((node) => buildOf(node) ?? [])).sort();
  const imageBuilds = unique(
    workload.containers.flatMap((c) =>
      c.image ? (imageWindowsRelease(c.image)?.build ?? []) : [],
    ),
  );
  // The build to suggest a RuntimeClass for: the image's, else the only one the nodes run.
  const suggestedBuild = imageBuilds[0] ?? (allBuilds.length === 1 ? allBuilds[0] : undefined);

  if (workload.kind === 'DeploymentConfig') {
    add({
      id: 'deployment-config',
      severity: 'blocked',
      title: 'Windows nodes do not run DeploymentConfig workloads',
      detail: 'Workloads created by a DeploymentConfig are not supported on Windows nodes.',
      fix: 'Deploy it as a Deployment (or another Kubernetes workload) instead.',
      guideSection: '3.4',
    });
  }
  if (nodes?.length === 0) {
    add({
      id: 'no-windows-nodes',
      severity: 'blocked',
      title: 'The cluster has no Windows nodes',
      detail:
        'No node carries kubernetes.io/os=windows, so there is nowhere for this workload to run.',
      fix: 'Add Windows nodes with a Windows MachineSet or BYOH instances.',
      guideSection: '5',
    });
  }

  const missingRuntimeClass =
    workload.runtimeClassName !== undefined &&
    cluster.runtimeClasses !== undefined &&
    !runtimeClass;
  if (missingRuntimeClass) {
    add({
      id: 'runtime-class-missing',
      severity: 'blocked',
      title: `RuntimeClass ${workload.runtimeClassName ?? ''} does not exist`,
      detail: 'The API server rejects pods that name a RuntimeClass that does not exist.',
      fix: 'Create it on the RuntimeClasses tab, or set runtimeClassName to an existing one.',
      guideSection: '6.2',
    });
  }

  // What the RuntimeClass admission plugin merges into the pod.
  const tolerations = [...workload.tolerations, ...(runtimeClass?.scheduling?.tolerations ?? [])];
  const runtimeSelector = runtimeClass?.scheduling?.nodeSelector ?? {};
  const conflict = Object.entries(runtimeSelector).find(
    ([key, value]) => key in workload.nodeSelector && workload.nodeSelector[key] !== value,
  );
  const nodeSelector = { ...workload.nodeSelector, ...runtimeSelector };

  const taintNodes = nodes && nodes.length > 0 ? nodes : [typicalWindowsNode];
  // A RuntimeClass that cannot be read is taken on trust: it may well carry the tolerations.
  const runtimeClassUnknown = workload.runtimeClassName !== undefined && !runtimeClass;
  if (!runtimeClassUnknown && !taintNodes.some((node) => toleratesNode(tolerations, node))) {
    if (!workload.runtimeClassName) {
      add({
        id: 'no-toleration-no-runtime-class',
        severity: 'blocked',
        title: 'No toleration for the Windows taint and no RuntimeClass',
        detail:
          'Every Windows node carries the taint os=Windows:NoSchedule. This workload neither tolerates it nor names a RuntimeClass that adds the toleration, so the scheduler never places it on a Windows node.',
        fix: suggestedBuild
          ? `${capitalized(suggestRuntimeClass(suggestedBuild, cluster))}, or add the toleration os=Windows:NoSchedule.`
          : 'Set runtimeClassName to the RuntimeClass of the build the image is made for, or add the toleration os=Windows:NoSchedule.',
        guideSection: '6.2',
      });
    } else {
      add({
        id: 'no-toleration',
        severity: 'blocked',
        title: 'No toleration for the Windows taint',
        detail: `Neither the pod nor RuntimeClass ${workload.runtimeClassName} tolerates os=Windows:NoSchedule, the taint on every Windows node.`,
        fix: `Add the guide’s tolerations (os=Windows and os=windows, NoSchedule) to RuntimeClass ${workload.runtimeClassName}, or to the pod.`,
        guideSection: '6.2',
      });
    }
  }

  const selected = (nodes ?? []).filter((node) =>
    conflict ? false : selectorMatches(nodeSelector, workload.requiredNodeTerms, node),
  );
  if (nodes && nodes.length > 0 && selected.length === 0) {
    add({
      id: 'no-matching-node',
      severity: 'blocked',
      title: 'No Windows node matches the workload’s node selector',
      detail: conflict
        ? `The pod’s nodeSelector sets ${conflict[0]}=${workload.nodeSelector[conflict[0]] ?? ''}, but RuntimeClass ${workload.runtimeClassName ?? ''} requires ${conflict[0]}=${conflict[1]}: the two conflict.`
        : `The node selector${workload.requiredNodeTerms.length > 0 ? ' and required node affinity' : ''} (${selectorText(nodeSelector)}) match none of the Windows nodes, whose builds are ${list(allBuilds.map(describeBuild))}.`,
      fix: 'Select a build the cluster has: use the RuntimeClass of that build and drop conflicting nodeSelector entries.',
      guideSection: '6.2',
    });
  }

  if (workload.osName === undefined) {
    add({
      id: 'os-name-missing',
      severity: 'warning',
      title: 'spec.os.name is not set',
      detail:
        'Without os.name: windows the API server validates the pod as a Linux pod, and Linux-only security settings can be applied to it.',
      fix: 'Set spec.os.name: windows in the pod template, as the guide’s sample does.',
      guideSection: '6.3',
    });
  } else if (workload.osName !== 'windows') {
    add({
      id: 'os-name-not-windows',
      severity: 'blocked',
      title: `spec.os.name is ${workload.osName}`,
      detail: 'The kubelet of a Windows node rejects a pod whose os.name is not windows.',
      fix: 'Set spec.os.name: windows.',
      guideSection: '6.3',
    });
  }

  // The nodes the image must match: those the selector allows, or every Windows node.
  const pool = selected.length > 0 ? selected : (nodes ?? []);
  const poolBuilds = unique(pool.flatMap((node) => buildOf(node) ?? [])).sort();
  for (const container of workload.containers) {
    const release = container.image ? imageWindowsRelease(container.image) : undefined;
    if (!release) continue;
    if (nodes && nodes.length > 0 && !poolBuilds.includes(release.build)) {
      const onCluster = allBuilds.includes(release.build);
      add({
        id: 'image-build-mismatch',
        severity: 'blocked',
        container: container.name,
        title: `Container ${container.name}: the image’s Windows build matches no node it can run on`,
        detail: `The container base image must match the node’s build. ${container.image ?? ''} (${release.imageTag}) is built for ${describeBuild(release.build)}, but the nodes this workload can be scheduled to run ${list(poolBuilds.map(describeBuild))}.`,
        fix: onCluster
          ? `Either use the tag for ${list(poolBuilds.map((b) => windowsServerReleaseOfBuild(b)?.imageTag ?? b))}, or ${suggestRuntimeClass(release.build, cluster)}.`
          : `Use the image tag for ${list(poolBuilds.map((b) => windowsServerReleaseOfBuild(b)?.imageTag ?? b))}: the cluster has no ${describeBuild(release.build)} node.`,
        guideSection: '6.1',
      });
    }
  }

  const pinsBuild =
    wmcoNames.windowsBuildLabel in nodeSelector ||
    workload.requiredNodeTerms.some((term) =>
      (term.matchExpressions ?? []).some((r) => r.key === wmcoNames.windowsBuildLabel),
    );
  if (!workload.runtimeClassName && !pinsBuild) {
    if (allBuilds.length > 1) {
      add({
        id: 'several-builds-no-runtime-class',
        severity: 'blocked',
        title: 'Several Windows builds on the cluster and no RuntimeClass',
        detail: `The Windows nodes run ${list(allBuilds.map(describeBuild))}. Without a RuntimeClass the pods can land on a node whose build does not match their image.`,
        fix: suggestedBuild
          ? `${capitalized(suggestRuntimeClass(suggestedBuild, cluster))}.`
          : 'Create a RuntimeClass per build on the RuntimeClasses tab and set runtimeClassName to the one matching the image.',
        guideSection: '6.1',
      });
    } else if (nodes === undefined || allBuilds.length === 1) {
      add({
        id: 'runtime-class-recommended',
        severity: 'warning',
        title: 'No RuntimeClass',
        detail:
          'With a single Windows build a RuntimeClass is not required, but the guide recommends one: it keeps pods on matching nodes once another build joins the cluster.',
        fix: allBuilds[0]
          ? `${capitalized(suggestRuntimeClass(allBuilds[0], cluster))}.`
          : 'Create a RuntimeClass for the nodes’ build and set runtimeClassName to it.',
        guideSection: '6.1',
      });
    }
  }

  for (const container of workload.containers)
    findings.push(...containerFindings(container, workload));
  for (const volume of workload.hugePageVolumes) {
    add({
      id: 'huge-pages',
      severity: 'blocked',
      title: `Volume ${volume} is backed by huge pages`,
      detail: 'Windows containers do not support huge pages.',
      fix: 'Use an emptyDir without a HugePages medium.',
      guideSection: '3.4',
    });
  }
  if (workload.hostNetwork) {
    add({
      id: 'host-network',
      severity: 'blocked',
      title: 'The pod uses the host network',
      detail:
        'hostNetwork is not supported for pods on OpenShift Windows nodes: they join the hybrid overlay network.',
      fix: 'Remove hostNetwork: true and expose the workload through a Service.',
    });
  }

  findings.push(...unsupportedPodFeatures(workload, runtimeClass));

  const blocked = findings.some((finding) => finding.severity === 'blocked');
  const runnable = blocked
    ? []
    : pool
        .filter((node) => toleratesNode(tolerations, node))
        .filter((node) => imageBuilds.every((build) => buildOf(node) === build))
        .map((node) => node.name);
  return {
    ...base,
    target: 'windows',
    verdict: blocked ? 'cannot-run' : 'can-run',
    signals,
    findings,
    nodes: runnable,
  };
}
