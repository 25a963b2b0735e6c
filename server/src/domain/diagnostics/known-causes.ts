import { isIPv4 } from 'node:net';
import { windowsServerReleases } from '../support/support-matrix';
import type { ClusterCauseFacts, KnownCause, SubjectCauseFacts } from './known-cause-facts';
import type { JoinVerdict } from '../../../contract/diagnostics';

/** The VXLAN port the hybrid overlay uses unless configured otherwise. */
const DEFAULT_VXLAN_PORT = 4789;
const WINDOWS_SERVER_2019 = '10.0.17763';
/** The oldest EC2LaunchV2 the support statement accepts on AWS hosts. */
export const MINIMUM_EC2LAUNCH_V2 = '2.0.2107';
/** How long a kubelet CSR may wait before WMCO's not approving it is a cause. */
const CSR_PATIENCE_MS = 5 * 60 * 1000;
const sshHostKeyTrouble =
  /host key mismatch|knownhosts: key mismatch|host key verification failed/i;
const sshAuthTrouble =
  /unable to authenticate|permission denied \(publickey|no supported methods remain/i;

type Rule = (
  subject: SubjectCauseFacts,
  cluster: ClusterCauseFacts,
  now: number,
) => KnownCause | undefined;

function ipv4Range(cidr: string): [number, number] | undefined {
  const [address = '', bits = '32'] = cidr.split('/');
  if (!isIPv4(address)) return undefined;
  const start = address.split('.').reduce((sum, octet) => sum * 256 + Number(octet), 0);
  const size = 2 ** (32 - Number(bits));
  const base = start - (start % size);
  return [base, base + size - 1];
}

function versionBelow(version: string, minimum: string): boolean {
  const a = version.split('.').map(Number);
  const b = minimum.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference < 0;
  }
  return false;
}

function subjectName(subject: SubjectCauseFacts): string {
  const { join } = subject;
  return (
    join.node?.name ?? (join.subject.kind === 'Machine' ? join.subject.name : join.subject.address)
  );
}

function buildOf(subject: SubjectCauseFacts): { build?: string; revision?: number } {
  const node = subject.join.node;
  const kernel = /^(\d+\.\d+\.\d+)\.(\d+)/.exec(node?.kernelVersion ?? '');
  return { build: node?.build ?? kernel?.[1], revision: kernel ? Number(kernel[2]) : undefined };
}

function eventsMatching(subject: SubjectCauseFacts, pattern: RegExp): boolean {
  return subject.join.events.some((event) => pattern.test(event.message));
}

/** The known causes, most specific first. */
const rules: Rule[] = [
  // WMCO approves a BYOH node's CSRs only when the address's PTR record names the host.
  (subject) => {
    const { subject: s } = subject.join;
    if (s.kind !== 'BYOH' || !isIPv4(s.address) || subject.ptrNames?.length !== 0) return undefined;
    return {
      code: 'byoh-address-without-ptr',
      params: { address: s.address },
      fix: { code: 'add-ptr-record', params: { address: s.address } },
      guideSection: '8.1',
      wmcoDoc: 'docs/byoh-instance-pre-requisites.md',
    };
  },
  // Windows Server 2019 cannot use a custom VXLAN port: its nodes never become Ready.
  (subject, cluster) => {
    const { build } = buildOf(subject);
    const port = cluster.vxlanPort;
    if (port === undefined || port === DEFAULT_VXLAN_PORT || build !== WINDOWS_SERVER_2019)
      return undefined;
    return {
      code: 'custom-vxlan-port-on-2019',
      params: { port, build },
      fix: { code: 'use-windows-server-2022', params: { port } },
      guideSection: '2.7.3',
      wmcoDoc: 'docs/TROUBLESHOOTING.md',
    };
  },
  // Windows does not route the class E range (240.0.0.0/4).
  (_subject, cluster) => {
    const classE = cluster.clusterNetworkCidrs.find((cidr) => {
      const range = ipv4Range(cidr);
      return range !== undefined && range[1] >= 0xf0000000;
    });
    return classE === undefined
      ? undefined
      : {
          code: 'cluster-network-class-e',
          params: { cidr: classE },
          fix: { code: 'use-cluster-network-outside-class-e', params: { cidr: classE } },
          guideSection: '2.7.3',
        };
  },
  // WMCO does not support instances with more than one network adapter.
  (subject) => {
    const count = Math.max(
      subject.join.node?.internalIPs.length ?? 0,
      subject.host?.networkAdapters ?? 0,
    );
    return count > 1
      ? {
          code: 'two-network-adapters',
          params: { count, instance: subjectName(subject) },
          fix: { code: 'use-one-network-adapter', params: { instance: subjectName(subject) } },
          guideSection: '3.4',
          wmcoDoc: 'docs/wmco-prerequisites.md',
        }
      : undefined;
  },
  // On AWS, WMCO needs EC2LaunchV2 to run the user data that enables SSH.
  (subject, cluster) => {
    const version = subject.host?.ec2LaunchVersion;
    if (cluster.platform !== 'AWS' || !version || !versionBelow(version, MINIMUM_EC2LAUNCH_V2))
      return undefined;
    return {
      code: 'old-ec2launch',
      params: { version, minimum: MINIMUM_EC2LAUNCH_V2 },
      fix: { code: 'update-ec2launch', params: { minimum: MINIMUM_EC2LAUNCH_V2 } },
      wmcoDoc: 'README.md',
    };
  },
  // Below the support matrix: an unknown build, or 2022 without KB5012637 (20348.681).
  (subject) => {
    const { build, revision } = buildOf(subject);
    if (!build) return undefined;
    const release = windowsServerReleases.find((candidate) => candidate.build === build);
    const minimum = release?.minimumRevision;
    if (release && (minimum === undefined || revision === undefined || revision >= minimum))
      return undefined;
    return {
      code: 'windows-build-below-matrix',
      params: { build, revision: revision ?? '', minimumRevision: minimum ?? '' },
      fix: {
        code: 'use-supported-windows-build',
        params: { build, minimumRevision: minimum ?? '' },
      },
      guideSection: '5.3.2.1',
    };
  },
  // The host answers with another host key than the one WMCO pinned on first use.
  (subject) =>
    subject.host?.hostKeyMismatch || eventsMatching(subject, sshHostKeyTrouble)
      ? {
          code: 'host-key-mismatch',
          params: { instance: subjectName(subject) },
          fix: { code: 'remove-stale-host-key', params: { instance: subjectName(subject) } },
          wmcoDoc: 'docs/TROUBLESHOOTING.md',
        }
      : undefined,
  // The key WMCO holds no longer opens the instance: rotated, and the BYOH host not given the new half.
  (subject, cluster) => {
    const hash = subject.join.node?.pubKeyHash;
    const rotated =
      hash !== undefined && cluster.currentKeyHash !== undefined && hash !== cluster.currentKeyHash;
    if (!rotated && !eventsMatching(subject, sshAuthTrouble)) return undefined;
    const byoh = subject.join.subject.kind === 'BYOH';
    return {
      code: 'private-key-not-on-instance',
      params: {
        instance: subjectName(subject),
        evidence: rotated ? 'pub-key-hash' : 'ssh-authentication',
      },
      fix: {
        code: byoh ? 'add-public-key-to-host' : 'let-wmco-replace-machine',
        params: { instance: subjectName(subject) },
      },
      guideSection: '4.2',
    };
  },
  // Machines boot with windows-user-data: without it no Machine gets SSH for WMCO.
  (subject, cluster) =>
    subject.join.subject.kind === 'Machine' && cluster.userDataSecretPresent === false
      ? {
          code: 'user-data-secret-missing',
          params: { secret: 'windows-user-data', namespace: 'openshift-machine-api' },
          fix: { code: 'recreate-cloud-private-key', params: {} },
          guideSection: '4.2',
        }
      : undefined,
  // Kubelet CSRs WMCO has left pending for minutes.
  (subject, _cluster, now) => {
    const stale = subject.join.csrs.filter(
      (csr) =>
        csr.approvedAt === undefined &&
        csr.deniedAt === undefined &&
        now - csr.createdAt > CSR_PATIENCE_MS,
    );
    return stale.length > 0
      ? {
          code: 'csrs-not-approved',
          params: {
            csrs: stale.map((csr) => csr.name).join(', '),
            minutes: Math.floor((now - Math.min(...stale.map((c) => c.createdAt))) / 60000),
          },
          // i18n-exempt: a command to run, the same in every language
          fix: { code: 'review-pending-csrs', params: { command: 'oc get csr' } },
          wmcoDoc: 'docs/csr_approval_mechanism.md',
        }
      : undefined;
  },
];

/**
 * What is known of a join that has not finished: the step it is at, whether it is stuck (failed,
 * or later than WMCO's usual), and every known cause that matches, or plainly none. A cause can be
 * named before the join counts as stuck: a BYOH host without a PTR record will not join however
 * long it waits.
 */
export function diagnoseJoin(
  subject: SubjectCauseFacts,
  cluster: ClusterCauseFacts,
  now: number,
): JoinVerdict {
  const { openStep, stuckAt } = subject.timeline;
  if (openStep === undefined) return { code: 'joined' };
  const params = { step: openStep, stuck: stuckAt !== undefined };
  const causes = rules
    .map((rule) => rule(subject, cluster, now))
    .filter((cause) => cause !== undefined);
  return causes.length > 0
    ? { code: 'known-causes', params, causes }
    : { code: 'no-known-cause', params };
}
