import type { Finding } from '../../../contract/findings';
import { entryIssueSentence, judgeInstanceEntries } from '../byoh/entry-judgement';
import {
  meetsMinimumRevision,
  supportedWindowsVersions,
  type WmcoRules,
} from '../support/support-matrix';
import type { ClusterSnapshot } from './cluster-snapshot';

function names(list: { name: string }[]): string {
  const shown = list.slice(0, 5).map((item) => item.name);
  return list.length > shown.length
    ? `${shown.join(', ')} and ${list.length - shown.length} more`
    : shown.join(', ');
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
      title: `${notReady.length} Windows ${notReady.length === 1 ? 'node is' : 'nodes are'} not Ready`,
      detail: `Not Ready: ${names(notReady)}. A node being upgraded is briefly NotReady; one that stays so needs its kubelet and services checked.`,
      guideSection: '3.3',
      fix: { label: 'See Windows nodes', route: '/windows/nodes' },
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
        title: `${behind.length} Windows ${behind.length === 1 ? 'node runs' : 'nodes run'} an older WMCO version`,
        detail: `WMCO ${target} reconfigures these one at a time: ${names(behind)}.`,
        guideSection: '7.1',
        fix: { label: 'Follow the upgrade', route: '/windows/upgrades' },
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
        title: 'Some Windows nodes run a Windows Server version this platform does not support',
        detail: `${rules.release.label} supports Windows Server ${allowed.join(', ')} on ${platform}: ${names(unsupported)}.`,
        guideSection: rules.release.guideSection ?? '2.7.1',
      });
    }
  }
  if (nodes.length > 0 && findings.length === 0) {
    findings.push({
      id: 'nodes-ready',
      area: 'nodes',
      severity: 'ok',
      title: `All ${nodes.length} Windows ${nodes.length === 1 ? 'node is' : 'nodes are'} Ready`,
      detail: target ? `Every node runs WMCO ${target}.` : 'Every Windows node reports Ready.',
      fix: { label: 'See Windows nodes', route: '/windows/nodes' },
    });
  }
  return findings;
}

/** The BYOH page's judgement of `windows-instances`, as findings: WMCO's rejections block everything. */
export function byohFindings(snapshot: ClusterSnapshot): Finding[] {
  const { issues } = judgeInstanceEntries(snapshot.byohEntries, snapshot.byohResolution);
  const sentences = (blocking: boolean) =>
    [...issues]
      .filter(([, issue]) => issue.blocksAll === blocking)
      .map(([address, issue]) => entryIssueSentence(address, issue));
  const blocked = sentences(true);
  const cautions = sentences(false);
  const findings: Finding[] = [];
  if (blocked.length > 0) {
    findings.push({
      id: 'byoh-malformed-entries',
      area: 'byoh',
      severity: 'blocked',
      title: `${blocked.length} malformed windows-instances ${blocked.length === 1 ? 'entry blocks' : 'entries block'} all BYOH hosts`,
      detail: `While WMCO's parser rejects any entry, WMCO configures and removes no BYOH host at all and stops approving their certificates: ${blocked.join(' ')}`,
      guideSection: '8.1',
      fix: { label: 'Fix BYOH entries', route: '/windows/byoh' },
    });
  }
  if (cautions.length > 0) {
    findings.push({
      id: 'byoh-entry-cautions',
      area: 'byoh',
      severity: 'warning',
      title: `${cautions.length} windows-instances ${cautions.length === 1 ? 'entry needs' : 'entries need'} attention`,
      detail: `WMCO accepts ${cautions.length === 1 ? 'it' : 'them'}, and the other hosts are not affected: ${cautions.join(' ')}`,
      guideSection: '8.1',
      fix: { label: 'Fix BYOH entries', route: '/windows/byoh' },
    });
  }
  return findings;
}

export function accessFindings(snapshot: ClusterSnapshot): Finding[] {
  return snapshot.unreadable.map((resource) => ({
    id: `cannot-read-${resource}`,
    area: 'access' as const,
    severity: 'warning' as const,
    title: `Cannot read ${resource}: permission denied`,
    detail: `Your account may not read ${resource}, so the findings that depend on it are missing. A cluster administrator sees the full picture.`,
  }));
}
