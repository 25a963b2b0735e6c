import type { Finding } from '../../../contract/findings';
import { instanceEntryIssue } from '../byoh/instance-entry';
import {
  meetsMinimumRevision,
  supportedWindowsVersions,
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
      (node) =>
        (node.windowsServer !== undefined && !allowed.includes(node.windowsServer as never)) ||
        (node.build !== undefined && !meetsMinimumRevision(node.build)),
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

export function byohFindings(snapshot: ClusterSnapshot): Finding[] {
  const malformed = snapshot.byohEntries.flatMap((entry) => {
    const issue = instanceEntryIssue(entry);
    return issue ? [{ address: entry.address, issue: issue.code }] : [];
  });
  if (malformed.length === 0) return [];
  const named = malformed.slice(0, namedAtMost);
  return [
    {
      id: 'byoh-malformed-entries',
      area: 'byoh',
      severity: 'blocked',
      code: 'byoh-malformed-entries',
      params: {
        count: malformed.length,
        addresses: named.map((entry) => entry.address),
        issues: named.map((entry) => entry.issue),
      },
      guideSection: '8.1',
      fix: { action: 'fix-byoh-entries', route: '/windows/byoh' },
    },
  ];
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
