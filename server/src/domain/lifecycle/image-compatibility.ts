import type { compatibilityCodes } from '../../../contract/lifecycle';
import { baseBuild, parseWindowsBuild, type WindowsBuild } from './windows-build';

/** One platform an image offers: an entry of its index, or the config of a single manifest. */
export interface ImagePlatform {
  os: string;
  architecture: string;
  variant?: string;
  /** `os.version`, e.g. `10.0.20348.2340`: Windows images carry the build they were made from. */
  osVersion?: string;
  /** The manifest this platform is pulled from. */
  digest?: string;
}

/** What the registry said about an image: an index (manifest list) or one manifest. */
export interface ImageDescription {
  kind: 'index' | 'manifest';
  platforms: ImagePlatform[];
}

/** What a registry said about one image: its platforms, or why they could not be read. */
export type ImageAnswer =
  | { ok: true; digest?: string; description: ImageDescription }
  | { ok: false; failure: { code: string; params: Record<string, string | number> } };

/** The Windows host a container would run on. */
export interface HostPlatform {
  /** `10.0.20348` or with revision; the revision plays no part from Windows Server 2019 on. */
  build: string;
  architecture: string;
}

export type CompatibilityCode = (typeof compatibilityCodes)[number];

/** Whether the image runs on the host, why, and the platform a runtime would pick. */
export interface Compatibility {
  verdict: 'runs' | 'does-not-run' | 'unknown';
  code: CompatibilityCode;
  params: Record<string, string>;
  platform?: ImagePlatform;
}

/**
 * Hosts that run process-isolated containers of another build. Microsoft's "Windows container
 * version compatibility" page (learn.microsoft.com/virtualization/windowscontainers/deploy-containers/
 * version-compatibility) lists Windows Server 2022 images as running on Windows Server 2025 hosts
 * with process isolation; every other pair needs the same build. OpenShift's Windows nodes run
 * process isolation only (no Hyper-V isolation), so nothing else applies. From 1809 (2019) on the
 * revision need not match.
 */
export const newerHostExceptions: readonly { host: string; image: string }[] = [
  { host: '10.0.26100', image: '10.0.20348' },
];

function runsOnHost(image: WindowsBuild, host: WindowsBuild): CompatibilityCode | undefined {
  if (baseBuild(image) === baseBuild(host)) return 'same-build';
  const exception = newerHostExceptions.some(
    (pair) => pair.host === baseBuild(host) && pair.image === baseBuild(image),
  );
  return exception ? 'newer-host-exception' : undefined;
}

/** containerd prefers the exact build, then the newest os.version among the matches. */
function preferred(a: { code: CompatibilityCode; platform: ImagePlatform }, b: typeof a): number {
  if (a.code !== b.code) return a.code === 'same-build' ? -1 : 1;
  return (b.platform.osVersion ?? '').localeCompare(a.platform.osVersion ?? '', 'en', {
    numeric: true,
  });
}

function versionsOf(platforms: ImagePlatform[]): string {
  return [...new Set(platforms.flatMap((p) => p.osVersion ?? []))].join(', ');
}

/**
 * Whether a container from this image starts on the host, judged as the node's runtime would: it
 * picks a Windows entry of the host's architecture whose build the host runs, and a Windows host
 * refuses any other build. An image whose Windows entries name no `os.version` cannot be judged:
 * the runtime pulls it and only the start tells, so the answer is "unknown", never "runs".
 */
export function imageRunsOn(image: ImageDescription, host: HostPlatform): Compatibility {
  const hostBuild = parseWindowsBuild(host.build);
  if (!hostBuild)
    return { verdict: 'unknown', code: 'host-build-unknown', params: { host: host.build } };
  const hostParams = { host: baseBuild(hostBuild), architecture: host.architecture };
  const windows = image.platforms.filter((p) => p.os.toLowerCase() === 'windows');
  if (windows.length === 0) {
    const linux = image.platforms.some((p) => p.os.toLowerCase() === 'linux');
    const os = [...new Set(image.platforms.map((p) => p.os))].join(', ');
    return {
      verdict: 'does-not-run',
      code: linux ? 'linux-only' : 'no-windows-platform',
      params: { ...hostParams, os },
    };
  }
  const sameArch = windows.filter((p) => p.architecture === host.architecture);
  if (sameArch.length === 0) {
    const architectures = [...new Set(windows.map((p) => p.architecture))].join(', ');
    return {
      verdict: 'does-not-run',
      code: 'no-matching-architecture',
      params: { ...hostParams, architectures },
    };
  }
  const matches = sameArch.flatMap((platform) => {
    const version = parseWindowsBuild(platform.osVersion);
    const code = version ? runsOnHost(version, hostBuild) : undefined;
    return code ? [{ code, platform }] : [];
  });
  const [best] = matches.sort(preferred);
  if (best) {
    return {
      verdict: 'runs',
      code: best.code,
      params: { ...hostParams, image: best.platform.osVersion ?? '' },
      platform: best.platform,
    };
  }
  if (sameArch.some((p) => !parseWindowsBuild(p.osVersion))) {
    return { verdict: 'unknown', code: 'os-version-missing', params: hostParams };
  }
  return {
    verdict: 'does-not-run',
    code: 'build-mismatch',
    params: { ...hostParams, images: versionsOf(sameArch) },
  };
}
