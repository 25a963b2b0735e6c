import type { Finding } from '../../../contract/findings';
import { judgeInstanceEntries } from '../byoh/entry-judgement';
import {
  meetsMinimumRevision,
  minimumBuild,
  supportedWindowsVersions,
  windowsServerReleaseOfBuild,
  type WmcoRules,
} from '../support/support-matrix';
import type { ClusterSnapshot } from './cluster-snapshot';

/** Findings name the first few objects; the plugin says how many more there are. */
const namedAtMost = 5;

function firstNames(list: { name: string }[]): string[] {
  return list.slice(0, namedAtMost).map((item) => item.name);
}

export function nodeFindings(snapshot: ClusterSnapshot, rules: WmcoRules | undefined): Finding[] {
  const { nodes } = snapshot;
  const findings: Finding[] = [];
  const notReady = nodes.filter((node) => !node.ready);
  if (notReady.length > 0) {
    findings.push({
      id: 'nodes-not-ready',
      area: 'nodes',
      severity: 'warning',
      code: 'nodes-not-ready',
      params: { count: notReady.length, nodes: firstNames(notReady) },
      guideSection: '3.3',
      fix: { action: 'see-nodes', route: '/windows/nodes' },
    });
  }
  const target = snapshot.wmco.csv?.version;
  if (target) {
    const behind = nodes.filter((node) => node.wmcoVersion && !node.wmcoVersion.startsWith(target));
    if (behind.length > 0) {
      findings.push({
        id: 'nodes-older-wmco',
        area: 'nodes',
        severity: 'warning',
        code: 'nodes-older-wmco',
        params: { count: behind.length, nodes: firstNames(behind), wmco: target },
        guideSection: '7.1',
        fix: { action: 'follow-upgrade', route: '/windows/upgrades' },
      });
    }
  }
  const platform = snapshot.platform?.type;
  if (rules && platform) {
    const allowed = supportedWindowsVersions(rules, platform);
    const unsupported = nodes.filter(
      (node) => node.windowsServer !== undefined && !allowed.includes(node.windowsServer as never),
    );
    if (unsupported.length > 0) {
      findings.push({
        id: 'nodes-unsupported-windows',
        area: 'nodes',
        severity: 'warning',
        code: 'nodes-unsupported-windows',
        params: {
          count: unsupported.length,
          nodes: firstNames(unsupported),
          release: rules.release.label,
          versions: [...allowed],
          platform,
        },
        guideSection: rules.release.guideSection ?? '2.7.1',
      });
    }
    findings.push(
      ...belowMinimumBuildFindings(nodes.filter((node) => !unsupported.includes(node))),
    );
  }
  if (nodes.length > 0 && findings.length === 0) {
    findings.push({
      id: 'nodes-ready',
      area: 'nodes',
      severity: 'ok',
      code: 'nodes-ready',
      params: { count: nodes.length, wmco: target },
      fix: { action: 'see-nodes', route: '/windows/nodes' },
    });
  }
  return findings;
}

/**
 * Nodes of a version WMCO supports, but below its minimum build: a finding of their own, so that the
 * version they run is never named as both supported and not.
 */
function belowMinimumBuildFindings(nodes: ClusterSnapshot['nodes']): Finding[] {
  const old = nodes.filter((node) => node.build !== undefined && !meetsMinimumRevision(node.build));
  const minimums = old.flatMap((node) => {
    const release = windowsServerReleaseOfBuild(node.build ?? '');
    const minimum = release ? minimumBuild(release) : undefined;
    return minimum ? [minimum] : [];
  });
  if (old.length === 0) return [];
  return [
    {
      id: 'nodes-below-minimum-build',
      area: 'nodes',
      severity: 'warning',
      code: 'nodes-below-minimum-build',
      params: { count: old.length, nodes: firstNames(old), minimums: [...new Set(minimums)] },
      guideSection: '2.7.1',
      fix: { action: 'see-nodes', route: '/windows/nodes' },
    },
  ];
}

/** The BYOH page's judgement of `windows-instances`, as findings: WMCO's rejections block everything. */
export function byohFindings(snapshot: ClusterSnapshot): Finding[] {
  const { issues } = judgeInstanceEntries(snapshot.byohEntries, snapshot.byohResolution);
  const entries = (blocking: boolean) => {
    const found = [...issues].filter(([, issue]) => issue.blocksAll === blocking);
    const named = found.slice(0, namedAtMost);
    return {
      count: found.length,
      addresses: named.map(([address]) => address),
      issues: named.map(([, issue]) => issue.code),
      others: named.map(([, issue]) => issue.other ?? ''),
    };
  };
  const blocked = entries(true);
  const cautions = entries(false);
  const fix = { action: 'fix-byoh-entries', route: '/windows/byoh' } as const;
  const findings: Finding[] = [];
  if (blocked.count > 0) {
    findings.push({
      id: 'byoh-malformed-entries',
      area: 'byoh',
      severity: 'blocked',
      code: 'byoh-malformed-entries',
      params: blocked,
      guideSection: '8.1',
      fix,
    });
  }
  if (cautions.count > 0) {
    findings.push({
      id: 'byoh-entry-cautions',
      area: 'byoh',
      severity: 'warning',
      code: 'byoh-entry-cautions',
      params: cautions,
      guideSection: '8.1',
      fix,
    });
  }
  return findings;
}

export function accessFindings(snapshot: ClusterSnapshot): Finding[] {
  return snapshot.unreadable.map((resource) => ({
    id: `cannot-read-${resource}`,
    area: 'access' as const,
    severity: 'warning' as const,
    code: 'cannot-read' as const,
    params: { resource },
  }));
}
