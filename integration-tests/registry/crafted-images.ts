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
  /** Which test registry holds it: anonymous, or behind htpasswd basic auth. */
  registry: 'public' | 'basic';
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
const exception = { verdict: 'runs', code: 'newer-host-exception' } as const;
type Expected = CraftedImage['expected'];
/** A 2019 image runs on 2019 hosts only. */
const only2019: Expected = { '10.0.17763': runs, '10.0.20348': mismatch, '10.0.26100': mismatch };
/** A 2022 image runs on 2022 hosts, and on 2025 hosts by Microsoft's exception. */
const from2022: Expected = { '10.0.17763': mismatch, '10.0.20348': runs, '10.0.26100': exception };
const only2025: Expected = { '10.0.17763': mismatch, '10.0.20348': mismatch, '10.0.26100': runs };
/** One entry per build: each host picks its own, a 2025 host the 2022 one. */
const multiBuild: Expected = { '10.0.17763': runs, '10.0.20348': runs, '10.0.26100': exception };
const everywhere = (answer: Expected[HostBuild]): Expected => ({
  '10.0.17763': answer,
  '10.0.20348': answer,
  '10.0.26100': answer,
});

function image(
  reference: string,
  registry: CraftedImage['registry'],
  format: CraftedImage['format'],
  platforms: PlatformSpec[],
  expected: Expected,
): CraftedImage {
  const [repository = '', tag = ''] = reference.split(':');
  return { repository, tag, registry, format, platforms, expected };
}

export const craftedImages: CraftedImage[] = [
  image('windows/servercore:ltsc2019', 'public', 'docker-list', [win('10.0.17763.6893')], only2019),
  image('windows/servercore:ltsc2022', 'public', 'oci-index', [win('10.0.20348.3207')], from2022),
  image('windows/servercore:ltsc2025', 'public', 'oci-index', [win('10.0.26100.3476')], only2025),
  image(
    'apps/multiarch:1.0',
    'public',
    'oci-index',
    [linux('amd64'), linux('arm64'), win('10.0.20348.2340')],
    from2022,
  ),
  image('apps/single:1.0', 'public', 'docker-manifest', [win('10.0.17763.7009')], only2019),
  image(
    'apps/no-os-version:1.0',
    'public',
    'oci-index',
    [win()],
    everywhere({ verdict: 'unknown', code: 'os-version-missing' }),
  ),
  image(
    'apps/version-in-config:1.0',
    'public',
    'docker-list',
    [win('10.0.20348.3328', true)],
    from2022,
  ),
  image(
    'apps/linux-only:1.0',
    'public',
    'oci-index',
    [linux('amd64'), linux('arm64')],
    everywhere({ verdict: 'does-not-run', code: 'linux-only' }),
  ),
  image(
    'apps/multi-build:1.0',
    'public',
    'oci-index',
    [win('10.0.17763.7312'), win('10.0.20348.3692')],
    multiBuild,
  ),
  image('private/web:1.0', 'basic', 'oci-index', [win('10.0.20348.3692')], from2022),
  image('private/team-app:1.0', 'basic', 'docker-list', [win('10.0.26100.4061')], only2025),
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
