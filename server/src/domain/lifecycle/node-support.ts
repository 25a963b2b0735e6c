import { supportStates, type lifecycleFindingCodes } from '../../../contract/lifecycle';
import { minimumBuildFor } from '../support/minimum-builds';
import {
  supportedWindowsVersions,
  windowsServerReleaseOfBuild,
  wmcoRulesFor,
  type WindowsServerVersion,
} from '../support/support-matrix';
import { lifecycleStanding, type LifecycleStanding } from '../support/windows-server-lifecycle';
import { patchAge, type PatchAge } from '../support/windows-patch-releases';
import type { NodeOs } from './node-os';
import {
  baseBuild,
  compareWindowsBuilds,
  formatWindowsBuild,
  parseWindowsBuild,
} from './windows-build';

export { supportStates };
export type SupportState = (typeof supportStates)[number];
export type LifecycleFindingCode = (typeof lifecycleFindingCodes)[number];

/** One thing to tell about a node; pages translate the code and fill in the params. */
export interface LifecycleFinding {
  code: LifecycleFindingCode;
  params: Record<string, string | number>;
}

export interface NodeSupport {
  node: string;
  source: NodeOs['source'];
  origin?: string;
  version?: WindowsServerVersion;
  /** `10.0.20348` */
  build?: string;
  /** `10.0.20348.2340` when the revision is known. */
  fullBuild?: string;
  osImage?: string;
  state: SupportState;
  findings: LifecycleFinding[];
  lifecycle?: LifecycleStanding;
  patch?: PatchAge;
}

export interface SupportContext {
  now: Date;
  /** The WMCO version the cluster runs, when known: its support matrix row is applied. */
  wmcoVersion?: string;
  /** `status.platformStatus.type` of the Infrastructure. */
  platform?: string;
}

function wmcoFindings(version: WindowsServerVersion, context: SupportContext): LifecycleFinding[] {
  const rules = context.wmcoVersion ? wmcoRulesFor(context.wmcoVersion) : undefined;
  if (!rules || !context.platform) return [];
  const allowed = supportedWindowsVersions(rules, context.platform);
  if (allowed.includes(version)) return [];
  return [
    {
      code: 'unsupported-by-wmco',
      params: {
        version,
        wmco: rules.version,
        platform: context.platform,
        supported: allowed.join(', '),
      },
    },
  ];
}

function buildFindings(os: NodeOs, version: WindowsServerVersion, context: SupportContext) {
  const findings: LifecycleFinding[] = [];
  const minimum = minimumBuildFor(version, context.wmcoVersion);
  const required = parseWindowsBuild(minimum?.build);
  if (!minimum || !required || !os.build) return findings;
  const params = { build: minimum.build, ...(minimum.update ? { update: minimum.update } : {}) };
  if (required.revision !== undefined && os.build.revision === undefined) {
    findings.push({ code: 'revision-unknown', params });
  } else if (compareWindowsBuilds(os.build, required) < 0) {
    findings.push({
      code: 'below-required-build',
      params: { ...params, found: formatWindowsBuild(os.build) },
    });
  }
  return findings;
}

function lifecycleFinding(version: WindowsServerVersion, standing: LifecycleStanding) {
  if (standing.phase === 'mainstream') return [];
  const code = standing.phase === 'ended' ? 'past-end-of-support' : 'extended-only';
  return [{ code, params: { version, ends: standing.phaseEnds } } satisfies LifecycleFinding];
}

function stateOf(findings: LifecycleFinding[]): SupportState {
  return (
    supportStates.find((state) => findings.some((finding) => finding.code === state)) ??
    'mainstream'
  );
}

/**
 * A Windows node against Microsoft's lifecycle, the minimum builds and the WMCO support matrix.
 * `now` is given, so the same node is judged the same way on every replica and in tests.
 */
export function judgeNode(os: NodeOs, context: SupportContext): NodeSupport {
  const build = os.build ? baseBuild(os.build) : undefined;
  const release = build ? windowsServerReleaseOfBuild(build) : undefined;
  const shown = {
    node: os.name,
    source: os.source,
    origin: os.origin,
    build,
    fullBuild: os.build?.revision === undefined ? undefined : formatWindowsBuild(os.build),
    osImage: os.osImage,
  };
  const mismatch: LifecycleFinding[] = os.kernelDisagrees
    ? [{ code: 'build-label-mismatch', params: {} }]
    : [];
  if (!release || !os.build) {
    const findings: LifecycleFinding[] = [
      { code: 'unknown-build', params: build ? { build } : {} },
      ...mismatch,
    ];
    return { ...shown, state: 'unknown-build', findings };
  }
  const lifecycle = lifecycleStanding(release.version, context.now);
  const findings = [
    ...lifecycleFinding(release.version, lifecycle),
    ...buildFindings(os, release.version, context),
    ...wmcoFindings(release.version, context),
    ...mismatch,
  ];
  return {
    ...shown,
    version: release.version,
    state: stateOf(findings),
    findings,
    lifecycle,
    patch:
      os.build.revision === undefined
        ? undefined
        : patchAge(release.build, os.build.revision, context.now),
  };
}
