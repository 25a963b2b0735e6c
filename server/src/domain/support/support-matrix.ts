import semver from 'semver';
import type { GuideSection } from '../../../contract/guide';

/** Infrastructure `status.platformStatus.type` values WMCO knows; None and BareMetal mean BYOH only. */
export type Platform = 'AWS' | 'Azure' | 'VSphere' | 'GCP' | 'Nutanix' | 'None' | 'BareMetal';
export type WindowsServerVersion = '2019' | '2022' | '2025';

export interface WindowsServerRelease {
  version: WindowsServerVersion;
  /** `node.kubernetes.io/windows-build` of a node running it. */
  build: string;
  /** The lowest OS build revision WMCO supports (2022 needs KB5012637: 20348.681). */
  minimumRevision?: number;
  /** Container base image tag that matches this host build. */
  imageTag: string;
}

export const windowsServerReleases: readonly WindowsServerRelease[] = [
  { version: '2019', build: '10.0.17763', imageTag: 'ltsc2019' },
  { version: '2022', build: '10.0.20348', minimumRevision: 681, imageTag: 'ltsc2022' },
  { version: '2025', build: '10.0.26100', imageTag: 'ltsc2025' },
];

export interface WmcoRelease {
  /** Human label of the row, as release notes name it. */
  label: string;
  /** Semver range of WMCO versions the row covers. */
  versions: string;
  /** OpenShift minor versions (e.g. `4.22`) this WMCO runs on (its Kubernetes range check). */
  openshift: { min: string; max: string };
  platforms: Partial<Record<Platform, readonly WindowsServerVersion[]>>;
  /** WMCO 7.x and 8.x cannot route through a cluster-wide proxy; 9.0 pushes proxy settings to nodes. */
  clusterProxySupported: boolean;
  /** Horizontal Pod Autoscaling of Windows workloads (CPU, memory): from 10.18.0. */
  hpaSupported: boolean;
  /** Disconnected clusters, with mirrors from ImageDigestMirrorSets/ImageTagMirrorSets: from 10.16.0. */
  mirrorsSupported: boolean;
  /** Rotation of kubelet and kube-proxy logs from the Subscription's SERVICES_LOG_* variables: 10.22. */
  serviceLogRotation: boolean;
  /** The guide section that states this row, when the guide covers it. */
  guideSection?: GuideSection;
}

const byoh: readonly WindowsServerVersion[] = ['2019', '2022'];
const both: readonly WindowsServerVersion[] = ['2019', '2022'];
const only2022: readonly WindowsServerVersion[] = ['2022'];
const all3: readonly WindowsServerVersion[] = ['2019', '2022', '2025'];
const from2022: readonly WindowsServerVersion[] = ['2022', '2025'];

/** WMCO 7.2 and 8.0.1–10.21: 2019 and 2022 on AWS and Azure, 2022 elsewhere, BYOH on bare metal. */
const awsAndAzureBoth = {
  AWS: both,
  Azure: both,
  VSphere: only2022,
  GCP: only2022,
  None: byoh,
  BareMetal: byoh,
} as const;

/**
 * Windows Server 2025 (build 10.0.26100 and later) from 10.22.0 (RN 4.22 §2.2.1). Bare metal and
 * platform-agnostic clusters list 2022 and 2025 only there; 2019 for BYOH is not confirmed.
 */
const with2025 = {
  AWS: all3,
  Azure: all3,
  VSphere: from2022,
  GCP: from2022,
  Nutanix: from2022,
  None: from2022,
  BareMetal: from2022,
} as const;

const before10x = { hpaSupported: false, mirrorsSupported: false, serviceLogRotation: false };

/** From 10.15 a WMCO minor runs on the OpenShift minor of the same number (4.15 … 4.21). */
function tenRow(minor: number): WmcoRelease {
  return {
    label: `WMCO 10.${String(minor)}`,
    versions: `>=10.${String(minor)}.0 <10.${String(minor + 1)}.0`,
    openshift: { min: `4.${String(minor)}`, max: `4.${String(minor)}` },
    platforms: { ...awsAndAzureBoth, Nutanix: only2022 },
    clusterProxySupported: true,
    hpaSupported: minor >= 18,
    mirrorsSupported: minor >= 16,
    serviceLogRotation: false,
  };
}

/** WMCO releases and what each supports. Add a row for each new WMCO release; newest last. */
export const wmcoReleases: readonly WmcoRelease[] = [
  {
    label: 'WMCO 7.0–7.1',
    versions: '>=7.0.0 <7.2.0',
    openshift: { min: '4.12', max: '4.12' },
    platforms: {
      AWS: ['2019'],
      Azure: ['2019', '2022'],
      VSphere: ['2022'],
      GCP: ['2022'],
      None: byoh,
      BareMetal: byoh,
    },
    clusterProxySupported: false,
    ...before10x,
    guideSection: '2.7.2',
  },
  {
    label: 'WMCO 7.2',
    versions: '>=7.2.0 <8.0.0',
    openshift: { min: '4.12', max: '4.12' },
    platforms: awsAndAzureBoth,
    clusterProxySupported: false,
    ...before10x,
    guideSection: '2.7.1',
  },
  {
    label: 'WMCO 8.0.0',
    versions: '>=8.0.0 <8.0.1',
    openshift: { min: '4.13', max: '4.13' },
    platforms: {
      AWS: ['2022'],
      Azure: ['2019', '2022'],
      VSphere: ['2022'],
      GCP: ['2022'],
      None: byoh,
      BareMetal: byoh,
    },
    clusterProxySupported: false,
    ...before10x,
  },
  {
    label: 'WMCO 8.0.1–8.1',
    versions: '>=8.0.1 <9.0.0',
    openshift: { min: '4.13', max: '4.13' },
    platforms: awsAndAzureBoth,
    clusterProxySupported: false,
    ...before10x,
  },
  {
    label: 'WMCO 9.x',
    versions: '>=9.0.0 <10.0.0',
    openshift: { min: '4.14', max: '4.14' },
    platforms: { ...awsAndAzureBoth, Nutanix: only2022 },
    clusterProxySupported: true,
    ...before10x,
  },
  ...[15, 16, 17, 18, 19, 20, 21].map(tenRow),
  {
    label: 'WMCO 10.22',
    versions: '>=10.22.0 <10.23.0',
    openshift: { min: '4.22', max: '4.22' },
    platforms: with2025,
    clusterProxySupported: true,
    hpaSupported: true,
    mirrorsSupported: true,
    serviceLogRotation: true,
  },
  {
    // OpenShift 5.0 (the bundle's com.redhat.openshift.versions); no release notes yet.
    label: 'WMCO 11.0',
    versions: '>=11.0.0 <11.1.0',
    openshift: { min: '5.0', max: '5.0' },
    platforms: with2025,
    clusterProxySupported: true,
    hpaSupported: true,
    mirrorsSupported: true,
    serviceLogRotation: true,
  },
];

export interface WmcoRules {
  release: WmcoRelease;
  version: string;
  /** True when the version is newer than any row: judged by the newest known release. */
  extrapolated: boolean;
}

/**
 * The rules a WMCO version is judged by. From 10.15 on, WMCO's minor equals OpenShift's, so a 10.x
 * version without its own row is judged by the closest older row; unknown versions return undefined.
 */
export function wmcoRulesFor(version: string): WmcoRules | undefined {
  const parsed = semver.coerce(version);
  if (!parsed) return undefined;
  const exact = wmcoReleases.find((release) => semver.satisfies(parsed, release.versions));
  if (exact) return { release: exact, version: parsed.version, extrapolated: false };
  const newest = wmcoReleases[wmcoReleases.length - 1];
  if (newest && semver.gtr(parsed, newest.versions)) {
    return { release: newest, version: parsed.version, extrapolated: true };
  }
  return undefined;
}

export function isKnownPlatform(type: string): type is Platform {
  return ['AWS', 'Azure', 'VSphere', 'GCP', 'Nutanix', 'None', 'BareMetal'].includes(type);
}

/** Windows Server versions WMCO supports on the platform, or an empty list when it doesn't support it. */
export function supportedWindowsVersions(
  rules: WmcoRules,
  platform: string,
): readonly WindowsServerVersion[] {
  return isKnownPlatform(platform) ? (rules.release.platforms[platform] ?? []) : [];
}

/**
 * The Windows Server versions that can run here: the platform's, less 2019 where the hybrid overlay has
 * a custom VXLAN port (the guide supports one with 2022 and later only).
 */
export function usableWindowsVersions(
  rules: WmcoRules,
  platform: string,
  customVxlanPort: boolean,
): readonly WindowsServerVersion[] {
  return supportedWindowsVersions(rules, platform).filter(
    (version) => !(customVxlanPort && version === '2019'),
  );
}

/** `4.22.3` → `4.22`; the release's OpenShift range is by minor version. */
export function openshiftMinor(version: string): string | undefined {
  const parsed = semver.coerce(version);
  return parsed ? `${parsed.major}.${parsed.minor}` : undefined;
}

/**
 * The OpenShift minors a WMCO version runs on: its row's, or for a version newer than the matrix the
 * minor of the same number (WMCO 10.N on 4.N, 11.N on 5.N).
 */
export function openshiftRange(rules: WmcoRules): { min: string; max: string } {
  const parsed = semver.parse(rules.version);
  if (rules.extrapolated && parsed && parsed.major >= 10) {
    const minor = `${String(parsed.major - 6)}.${String(parsed.minor)}`;
    return { min: minor, max: minor };
  }
  return rules.release.openshift;
}

export function runsOnOpenShift(rules: WmcoRules, clusterVersion: string): boolean {
  const range = openshiftRange(rules);
  const minor = semver.coerce(openshiftMinor(clusterVersion));
  const min = semver.coerce(range.min);
  const max = semver.coerce(range.max);
  if (!minor || !min || !max) return false;
  return semver.gte(minor, min) && semver.lte(minor, max);
}

/** The Windows Server release of a node build such as `10.0.20348` (the kubelet label has no revision). */
export function windowsServerReleaseOfBuild(build: string): WindowsServerRelease | undefined {
  return windowsServerReleases.find(
    (release) => build === release.build || build.startsWith(`${release.build}.`),
  );
}

/** The lowest full build WMCO supports of a release (`10.0.20348.681`); undefined without a minimum. */
export function minimumBuild(release: WindowsServerRelease): string | undefined {
  return release.minimumRevision === undefined
    ? undefined
    : `${release.build}.${String(release.minimumRevision)}`;
}

/**
 * Whether a full build (`10.0.20348.681`) meets its release's minimum revision. A build without a
 * revision (the kubelet label) cannot be judged and passes.
 */
export function meetsMinimumRevision(fullBuild: string): boolean {
  const release = windowsServerReleaseOfBuild(fullBuild);
  if (!release?.minimumRevision) return true;
  const revision = Number(fullBuild.slice(release.build.length + 1));
  return (
    Number.isNaN(revision) || fullBuild === release.build || revision >= release.minimumRevision
  );
}
