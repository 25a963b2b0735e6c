import type { Finding } from '../../../contract/findings';
import type { ClusterSnapshot } from './cluster-snapshot';
import { wmcoState } from './operator-findings';

/** Confirmed on the Overview itself (the route is where it is offered). */
const fix = { action: 'enable-monitoring', route: '/windows/overview' } as const;

/**
 * Guide §4 and §7.1: cluster monitoring scrapes WMCO's Windows node metrics only with
 * `openshift.io/cluster-monitoring=true` on its namespace, and WMCO configures them when it starts, so a
 * label added to an existing namespace once Windows nodes are configured needs WMCO's pod restarted.
 * Without the label's time (no field manager owns it) nothing is said: the install wizard labels the
 * namespace before WMCO starts, and guessing would offer a restart to every cluster.
 */
export function monitoringFindings(snapshot: ClusterSnapshot): Finding[] {
  const { wmco, monitoring } = snapshot;
  if (!monitoring || wmcoState(wmco) !== 'installed') return [];
  const namespace = wmco.namespace;
  if (!monitoring.enabled) {
    return [
      {
        id: 'wmco-monitoring-label-missing',
        area: 'operator',
        severity: 'warning',
        code: 'wmco-monitoring-label-missing',
        params: { namespace },
        guideSection: '7.1',
        fix,
      },
    ];
  }
  const { labelledAt, podStartedAt } = monitoring;
  if (!labelledAt || !podStartedAt || labelledAt <= podStartedAt) return [];
  if (snapshot.nodes.length === 0) return [];
  return [
    {
      id: 'wmco-monitoring-needs-restart',
      area: 'operator',
      severity: 'warning',
      code: 'wmco-monitoring-needs-restart',
      params: { namespace, labelledAt, podStartedAt },
      guideSection: '7.1',
      fix,
    },
  ];
}
