import type { Finding } from '../../../contract/findings';
import type { OverviewResponse, Readiness } from '../../../contract/overview';
import { judgeInstanceEntries } from '../byoh/entry-judgement';
import { wmcoRulesFor, type WmcoRules } from '../support/support-matrix';
import {
  clusterVersionFindings,
  networkFindings,
  platformFindings,
  proxyFindings,
} from './cluster-findings';
import type { ClusterSnapshot } from './cluster-snapshot';
import { csiDaemonSetFindings } from './csi-daemon-set-findings';
import {
  customNamespaceFindings,
  unsupportedFeatureFindings,
  wmcoUpdateFindings,
} from './guide-findings';
import { monitoringFindings } from './monitoring-findings';
import { accessFindings, byohFindings, nodeFindings } from './node-findings';
import { operatorFindings, wmcoState } from './operator-findings';
import {
  byohPrerequisiteFindings,
  disconnectedFindings,
  machineNetworkFindings,
  userProvisionedFindings,
} from './topology-findings';

/** Judge by the installed WMCO, or before install by what the catalog would install. */
export function judgedWmcoVersion(snapshot: ClusterSnapshot): string | undefined {
  return snapshot.wmco.csv?.version ?? snapshot.wmco.catalogVersion;
}

function versionFindings(snapshot: ClusterSnapshot, rules: WmcoRules | undefined): Finding[] {
  const version = judgedWmcoVersion(snapshot);
  if (rules?.extrapolated) {
    return [
      {
        id: 'wmco-version-newer-than-known',
        area: 'operator',
        severity: 'warning',
        code: 'wmco-version-newer-than-known',
        params: { wmco: rules.version, release: rules.release.label },
      },
    ];
  }
  if (rules || snapshot.unreadable.length > 0) return [];
  const fix = { action: 'install-wmco', route: '/windows/install' } as const;
  return [
    version
      ? {
          id: 'wmco-version-unknown',
          area: 'operator',
          severity: 'warning',
          code: 'wmco-version-unknown',
          params: { wmco: version },
          fix,
        }
      : {
          id: 'wmco-version-unknown',
          area: 'operator',
          severity: 'warning',
          code: 'wmco-version-none',
          params: {},
          fix,
        },
  ];
}

const severityOrder: Record<Finding['severity'], number> = { blocked: 0, warning: 1, ok: 2 };

export function readinessOf(findings: Finding[]): Readiness {
  if (findings.some((finding) => finding.severity === 'blocked')) return 'blocked';
  if (findings.some((finding) => finding.severity === 'warning')) return 'action-needed';
  return 'ready';
}

/** The whole overview from one snapshot: pure, so every rule is tested without a cluster. */
export function deriveOverview(snapshot: ClusterSnapshot): OverviewResponse {
  const version = judgedWmcoVersion(snapshot);
  const rules = version ? wmcoRulesFor(version) : undefined;
  const findings = [
    ...accessFindings(snapshot),
    ...platformFindings(snapshot, rules),
    ...clusterVersionFindings(snapshot, rules),
    ...userProvisionedFindings(snapshot),
    ...networkFindings(snapshot),
    ...proxyFindings(snapshot, rules),
    ...disconnectedFindings(snapshot, rules),
    ...versionFindings(snapshot, rules),
    ...operatorFindings(snapshot),
    ...monitoringFindings(snapshot),
    ...wmcoUpdateFindings(snapshot),
    ...customNamespaceFindings(snapshot),
    ...byohFindings(snapshot),
    ...machineNetworkFindings(snapshot),
    ...byohPrerequisiteFindings(snapshot),
    ...nodeFindings(snapshot, rules),
    ...csiDaemonSetFindings(snapshot),
    ...unsupportedFeatureFindings(rules),
  ].sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
  const { wmco, nodes } = snapshot;
  return {
    readiness: readinessOf(findings),
    findings,
    platform: snapshot.platform,
    clusterVersion: snapshot.clusterVersion,
    wmco: {
      namespace: wmco.namespace,
      state: snapshot.unreadable.length > 0 && !wmco.namespaceExists ? 'unknown' : wmcoState(wmco),
      version,
      fullVersion: wmco.fullVersion,
      channel: wmco.subscription?.channel,
      approval: wmco.subscription?.approval,
      csvPhase: wmco.csv?.phase,
    },
    counts: {
      windowsNodes: nodes.length,
      readyNodes: nodes.filter((node) => node.ready).length,
      machineSetNodes: nodes.filter((node) => node.source === 'MachineSet').length,
      byohNodes: nodes.filter((node) => node.source === 'BYOH').length,
      windowsMachineSets: snapshot.windowsMachineSets.length,
      byohEntries: snapshot.byohEntries.length,
      malformedByohEntries: judgeInstanceEntries(snapshot.byohEntries, snapshot.byohResolution)
        .blocking.length,
    },
  };
}
