import { selectorMatches, toleratesNode, typicalWindowsNode } from './node-scheduling';
import type { ClusterFacts, WorkloadCheck, WorkloadFinding } from './workload-check-result';
import type { WorkloadFacts } from './workload-object';

/**
 * A Linux workload is judged the other way round: whether anything but the Windows taint keeps it off
 * Windows nodes, where it would fail.
 */
export function checkLinuxWorkload(
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
  const named = known && known.length > 0;
  const nodes = reachable.map((n) => n.name);
  if (reachable.length > 0) {
    const tolerated = reachable.filter((node) => toleratesNode(workload.tolerations, node));
    const common = { severity: 'warning', guideSection: '6.1' } as const;
    if (tolerated.length > 0) {
      findings.push({
        ...common,
        id: 'linux-tolerates-windows-taint',
        ...(named
          ? { code: 'linux-tolerates-windows-taint', params: { nodes } }
          : { code: 'linux-tolerates-windows-taint-any', params: {} }),
        fix: { code: 'pin-linux-or-narrow-toleration', params: {} },
      });
    } else {
      findings.push({
        ...common,
        id: 'linux-not-pinned',
        ...(named
          ? { code: 'linux-not-pinned', params: { nodes } }
          : { code: 'linux-not-pinned-any', params: {} }),
        fix: { code: 'pin-linux', params: {} },
      });
    }
  }
  return { ...base, target: 'linux', verdict: 'linux', signals: [], findings, nodes: [] };
}
