import semver from 'semver';
import type { WindowsServerVersion } from './support-matrix';

/** The lowest OS build WMCO accepts for a Windows Server version, from the WMCO release on. */
export interface MinimumBuild {
  version: WindowsServerVersion;
  /** `major.minor.build[.revision]`: a revision here means earlier monthly updates are refused. */
  build: string;
  /** The Windows update that brings the build up to the minimum, when one is named. */
  update?: string;
  /** The first WMCO release that runs the version at all. */
  sinceWmco: string;
}

/**
 * From the support matrix: 2022 needs the OS-level container networking fix KB5012637 (20348.681,
 * guide 2.7), 2025 came with WMCO 10.22 at its release build.
 */
export const minimumBuilds: readonly MinimumBuild[] = [
  { version: '2019', build: '10.0.17763', sinceWmco: '7.0.0' },
  { version: '2022', build: '10.0.20348.681', update: 'KB5012637', sinceWmco: '7.0.0' },
  { version: '2025', build: '10.0.26100', sinceWmco: '10.22.0' },
];

/**
 * The minimum build of a version under a WMCO version; undefined when that WMCO predates the
 * version. Without a known WMCO version the minimum of the newest release applies.
 */
export function minimumBuildFor(
  version: WindowsServerVersion,
  wmcoVersion: string | undefined,
): MinimumBuild | undefined {
  const entry = minimumBuilds.find((candidate) => candidate.version === version);
  if (!entry || wmcoVersion === undefined) return entry;
  const parsed = semver.coerce(wmcoVersion);
  return parsed && semver.lt(parsed, entry.sinceWmco) ? undefined : entry;
}
