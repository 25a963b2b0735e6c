// The crafted Windows images the lifecycle tests read, and what each answers on each host build:
// the ground truth. Tags follow Microsoft's base images; the builds are real monthly revisions.
import { gzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import type { Compatibility } from '../../server/src/domain/lifecycle/image-compatibility';
import { mediaTypes } from '../../server/src/registry/media-types';
import { pushBlob, pushManifest, type Descriptor, type PushTarget } from './push-image';

export type HostBuild = '10.0.17763' | '10.0.20348' | '10.0.26100';

interface PlatformSpec {
  os: 'windows' | 'linux';
  architecture: string;
  osVersion?: string;
  /** The index entry leaves os.version out; only the image config has it. */
  versionInConfigOnly?: boolean;
}

export interface CraftedImage {
  repository: string;
  tag: string;
  format: 'oci-index' | 'docker-list' | 'docker-manifest';
  platforms: PlatformSpec[];
  /** Which test registry holds it: anonymous, behind htpasswd basic auth, or behind bearer tokens. */
  registry: 'public' | 'basic' | 'bearer';
  expected: Record<HostBuild, Pick<Compatibility, 'verdict' | 'code'>>;
}

const win = (osVersion?: string, versionInConfigOnly = false): PlatformSpec => ({
  os: 'windows',
  architecture: 'amd64',
  osVersion,
  versionInConfigOnly,
});
const linux = (architecture: string): PlatformSpec => ({ os: 'linux', architecture });
const runs = { verdict: 'runs', code: 'same-build' } as const;
const mismatch = { verdict: 'does-not-run', code: 'build-mismatch' } as const;

export const craftedImages: CraftedImage[] = [
  {
    repository: 'windows/servercore',
    tag: 'ltsc2019',
    registry: 'public',
    format: 'docker-list',
    platforms: [win('10.0.17763.6893')],
    expected: { '10.0.17763': runs, '10.0.20348': mismatch, '10.0.26100': mismatch },
  },
  {
    repository: 'windows/servercore',
    tag: 'ltsc2022',
    registry: 'public',
    format: 'oci-index',
    platforms: [win('10.0.20348.3207')],
    expected: {
      '10.0.17763': mismatch,
      '10.0.20348': runs,
      '10.0.26100': { verdict: 'runs', code: 'newer-host-exception' },
    },
  },
  {
    repository: 'windows/servercore',
    tag: 'ltsc2025',
    registry: 'public',
    format: 'oci-index',
    platforms: [win('10.0.26100.3476')],
    expected: { '10.0.17763': mismatch, '10.0.20348': mismatch, '10.0.26100': runs },
  },
  {
    repository: 'apps/multiarch',
    tag: '1.0',
    registry: 'public',
    format: 'oci-index',
    platforms: [linux('amd64'), linux('arm64'), win('10.0.20348.2340')],
    expected: {
      '10.0.17763': mismatch,
      '10.0.20348': runs,
      '10.0.26100': { verdict: 'runs', code: 'newer-host-exception' },
    },
  },
  {
    repository: 'apps/single',
    tag: '1.0',
    registry: 'public',
    format: 'docker-manifest',
    platforms: [win('10.0.17763.7009')],
    expected: { '10.0.17763': runs, '10.0.20348': mismatch, '10.0.26100': mismatch },
  },
  {
    repository: 'apps/no-os-version',
    tag: '1.0',
    registry: 'public',
    format: 'oci-index',
    platforms: [win()],
    expected: {
      '10.0.17763': { verdict: 'unknown', code: 'os-version-missing' },
      '10.0.20348': { verdict: 'unknown', code: 'os-version-missing' },
      '10.0.26100': { verdict: 'unknown', code: 'os-version-missing' },
    },
  },
  {
    repository: 'apps/version-in-config',
    tag: '1.0',
    registry: 'public',
    format: 'docker-list',
    platforms: [win('10.0.20348.3328', true)],
    expected: {
      '10.0.17763': mismatch,
      '10.0.20348': runs,
      '10.0.26100': { verdict: 'runs', code: 'newer-host-exception' },
    },
  },
  {
    repository: 'apps/linux-only',
    tag: '1.0',
    registry: 'public',
    format: 'oci-index',
    platforms: [linux('amd64'), linux('arm64')],
    expected: {
      '10.0.17763': { verdict: 'does-not-run', code: 'linux-only' },
      '10.0.20348': { verdict: 'does-not-run', code: 'linux-only' },
      '10.0.26100': { verdict: 'does-not-run', code: 'linux-only' },
    },
  },
  {
    repository: 'private/web',
    tag: '1.0',
    format: 'oci-index',
    platforms: [win('10.0.20348.3692')],
    registry: 'basic',
    expected: {
      '10.0.17763': mismatch,
      '10.0.20348': runs,
      '10.0.26100': { verdict: 'runs', code: 'newer-host-exception' },
    },
  },
  {
    repository: 'bearer/public-app',
    tag: '1.0',
    registry: 'bearer',
    format: 'oci-index',
    platforms: [win('10.0.17763.7312')],
    expected: { '10.0.17763': runs, '10.0.20348': mismatch, '10.0.26100': mismatch },
  },
  {
    repository: 'bearer/team-app',
    tag: '1.0',
    registry: 'bearer',
    format: 'docker-list',
    platforms: [win('10.0.26100.4061')],
    expected: { '10.0.17763': mismatch, '10.0.20348': mismatch, '10.0.26100': runs },
  },
];

interface MediaTypeSet {
  config: string;
  layer: string;
  manifest: string;
  index: string;
}

const docker: MediaTypeSet = {
  config: 'application/vnd.docker.container.image.v1+json',
  layer: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
  manifest: mediaTypes.dockerManifest,
  index: mediaTypes.dockerManifestList,
};
const oci: MediaTypeSet = {
  config: 'application/vnd.oci.image.config.v1+json',
  layer: 'application/vnd.oci.image.layer.v1.tar+gzip',
  manifest: mediaTypes.ociManifest,
  index: mediaTypes.ociIndex,
};

async function pushPlatform(target: PushTarget, platform: PlatformSpec, types: MediaTypeSet) {
  const layer = await pushBlob(target, gzipSync(randomBytes(64)), types.layer);
  const config = {
    os: platform.os,
    architecture: platform.architecture,
    ...(platform.osVersion ? { 'os.version': platform.osVersion } : {}),
    rootfs: { type: 'layers', diff_ids: [layer.digest] },
    config: {},
  };
  const configBlob = await pushBlob(target, Buffer.from(JSON.stringify(config)), types.config);
  return { schemaVersion: 2, mediaType: types.manifest, config: configBlob, layers: [layer] };
}

function indexEntry(descriptor: Descriptor, platform: PlatformSpec) {
  const osVersion = platform.versionInConfigOnly ? undefined : platform.osVersion;
  return {
    ...descriptor,
    platform: {
      os: platform.os,
      architecture: platform.architecture,
      ...(osVersion ? { 'os.version': osVersion } : {}),
    },
  };
}

/** Pushes one image; its index (or lone manifest) goes under its tag. */
export async function pushCraftedImage(
  target: PushTarget,
  image: CraftedImage,
): Promise<Descriptor> {
  const types = image.format === 'oci-index' ? oci : docker;
  if (image.format === 'docker-manifest') {
    const [platform] = image.platforms;
    if (!platform) throw new Error(`${image.repository} has no platform`);
    const manifest = await pushPlatform(target, platform, types);
    return pushManifest(target, image.tag, manifest, types.manifest);
  }
  const entries = [];
  for (const platform of image.platforms) {
    const manifest = await pushPlatform(target, platform, types);
    entries.push(
      indexEntry(await pushManifest(target, undefined, manifest, types.manifest), platform),
    );
  }
  return pushManifest(
    target,
    image.tag,
    { schemaVersion: 2, mediaType: types.index, manifests: entries },
    types.index,
  );
}
