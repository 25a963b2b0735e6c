/**
 * A Windows version as `major.minor.build[.revision]` (`10.0.20348.2340`). The build changes with
 * each release of Windows, the revision with each monthly update.
 */
export interface WindowsBuild {
  major: number;
  minor: number;
  build: number;
  revision?: number;
}

const pattern = /^(\d{1,3})\.(\d{1,3})\.(\d{1,6})(?:\.(\d{1,6}))?$/;

export function parseWindowsBuild(text: string | undefined): WindowsBuild | undefined {
  const match = text === undefined ? null : pattern.exec(text.trim());
  if (!match) return undefined;
  const [, major = '', minor = '', build = '', revision] = match;
  return {
    major: Number(major),
    minor: Number(minor),
    build: Number(build),
    revision: revision === undefined ? undefined : Number(revision),
  };
}

/** `10.0.20348`: what `node.kubernetes.io/windows-build` holds and container compatibility keys on. */
export function baseBuild(version: WindowsBuild): string {
  return `${String(version.major)}.${String(version.minor)}.${String(version.build)}`;
}

export function formatWindowsBuild(version: WindowsBuild): string {
  return version.revision === undefined
    ? baseBuild(version)
    : `${baseBuild(version)}.${String(version.revision)}`;
}

/** Orders two versions; a missing revision sorts before every revision of the same build. */
export function compareWindowsBuilds(a: WindowsBuild, b: WindowsBuild): number {
  return (
    a.major - b.major ||
    a.minor - b.minor ||
    a.build - b.build ||
    (a.revision ?? -1) - (b.revision ?? -1)
  );
}
