import { wmcoNames } from '../wmco-names';
import type { NotChecked } from '../../../contract/workloads';
import { imageBuildFindings, suggestRuntimeClass } from './build-findings';
import { containerFindings } from './container-findings';
import { imageWindowsRelease } from './image-name';
import { checkLinuxWorkload } from './linux-workload-check';
import {
  selectorMatches,
  toleratesNode,
  typicalWindowsNode,
  type NodeFacts,
} from './node-scheduling';
import { unsupportedPodFeatures } from './unsupported-pod-features';
import { windowsSignals } from './windows-signals';
import type { ClusterFacts, WorkloadCheck, WorkloadFinding } from './workload-check-result';
import type { WorkloadFacts } from './workload-object';

function buildOf(node: NodeFacts): string | undefined {
  return node.labels[wmcoNames.windowsBuildLabel];
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function selectorEntries(selector: Record<string, string>): string[] {
  return Object.entries(selector).map(([k, v]) => `${k}=${v}`);
}

/**
 * Whether a workload can land on a Windows node of this cluster, and every reason it cannot, each
 * with its fix. Static: it judges the pod template against the nodes and RuntimeClasses, as the
 * scheduler and the RuntimeClass admission plugin would, without running anything.
 */
export function checkWorkload(workload: WorkloadFacts, cluster: ClusterFacts): WorkloadCheck {
  const notChecked: NotChecked[] = [];
  if (!cluster.windowsNodes) notChecked.push('nodes');
  if (!cluster.runtimeClasses) notChecked.push('runtime-classes');
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
  // The builds a suggested RuntimeClass may target: unknown when the nodes could not be read.
  const knownBuilds = nodes ? allBuilds : undefined;
  const imageBuilds = unique(
    workload.containers.flatMap((c) =>
      c.image ? (imageWindowsRelease(c.image)?.build ?? []) : [],
    ),
  );
  // The build to suggest a RuntimeClass for: the image's, else the only one the nodes run.
  const suggestedBuild = imageBuilds[0] ?? (allBuilds.length === 1 ? allBuilds[0] : undefined);
  const none = {};

  if (workload.kind === 'DeploymentConfig') {
    add({
      id: 'deployment-config',
      severity: 'blocked',
      code: 'deployment-config',
      params: none,
      fix: { code: 'use-deployment', params: none },
      guideSection: '3.4',
    });
  }
  if (nodes?.length === 0) {
    add({
      id: 'no-windows-nodes',
      severity: 'blocked',
      code: 'no-windows-nodes',
      params: none,
      fix: { code: 'add-windows-nodes', params: none },
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
      code: 'runtime-class-missing',
      params: { runtimeClass: workload.runtimeClassName ?? '' },
      fix: { code: 'create-or-name-runtime-class', params: none },
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
        code: 'no-toleration-no-runtime-class',
        params: none,
        fix: suggestedBuild
          ? suggestRuntimeClass(suggestedBuild, cluster, true, knownBuilds)
          : { code: 'image-runtime-class-or-tolerate', params: none },
        guideSection: '6.2',
      });
    } else {
      add({
        id: 'no-toleration',
        severity: 'blocked',
        code: 'no-toleration',
        params: { runtimeClass: workload.runtimeClassName },
        fix: { code: 'add-guide-tolerations', params: { runtimeClass: workload.runtimeClassName } },
        guideSection: '6.2',
      });
    }
  }

  const selected = (nodes ?? []).filter((node) =>
    conflict ? false : selectorMatches(nodeSelector, workload.requiredNodeTerms, node),
  );
  if (nodes && nodes.length > 0 && selected.length === 0) {
    const common = {
      id: 'no-matching-node',
      severity: 'blocked',
      fix: { code: 'select-existing-build', params: none },
      guideSection: '6.2',
    } as const;
    const selection = { selector: selectorEntries(nodeSelector), builds: allBuilds };
    add(
      conflict
        ? {
            ...common,
            code: 'no-matching-node-conflict',
            params: {
              key: conflict[0],
              podValue: workload.nodeSelector[conflict[0]] ?? '',
              runtimeClass: workload.runtimeClassName ?? '',
              runtimeValue: conflict[1],
            },
          }
        : workload.requiredNodeTerms.length > 0
          ? { ...common, code: 'no-matching-node-with-affinity', params: selection }
          : { ...common, code: 'no-matching-node', params: selection },
    );
  }

  if (workload.osName === undefined) {
    add({
      id: 'os-name-missing',
      severity: 'warning',
      code: 'os-name-missing',
      params: none,
      fix: { code: 'set-os-name-like-sample', params: none },
      guideSection: '6.3',
    });
  } else if (workload.osName !== 'windows') {
    add({
      id: 'os-name-not-windows',
      severity: 'blocked',
      code: 'os-name-not-windows',
      params: { osName: workload.osName },
      fix: { code: 'set-os-name-windows', params: none },
      guideSection: '6.3',
    });
  }

  // The nodes the image must match: those the selector allows, or every Windows node.
  const pool = selected.length > 0 ? selected : (nodes ?? []);
  const poolBuilds = unique(pool.flatMap((node) => buildOf(node) ?? [])).sort();
  if (nodes && nodes.length > 0) {
    findings.push(...imageBuildFindings(workload.containers, cluster, poolBuilds, allBuilds));
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
        code: 'several-builds-no-runtime-class',
        params: { builds: allBuilds },
        fix: suggestedBuild
          ? suggestRuntimeClass(suggestedBuild, cluster, false, knownBuilds)
          : { code: 'create-runtime-class-per-build', params: none },
        guideSection: '6.1',
      });
    } else if (nodes === undefined || allBuilds.length === 1) {
      const [onlyBuild] = allBuilds;
      add({
        id: 'runtime-class-recommended',
        severity: 'warning',
        code: 'runtime-class-recommended',
        params: none,
        fix: onlyBuild
          ? suggestRuntimeClass(onlyBuild, cluster, false, knownBuilds)
          : { code: 'create-runtime-class-for-nodes', params: none },
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
      code: 'huge-pages-volume',
      params: { volume },
      fix: { code: 'use-plain-empty-dir', params: none },
      guideSection: '3.4',
    });
  }
  if (workload.hostNetwork) {
    add({
      id: 'host-network',
      severity: 'blocked',
      code: 'host-network',
      params: none,
      fix: { code: 'remove-host-network', params: none },
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
