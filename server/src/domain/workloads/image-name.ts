import { isIP } from 'node:net';
import type { RegistryReason } from '../../../contract/workloads';
import { windowsServerReleases, type WindowsServerRelease } from '../support/support-matrix';

/** An image reference split the way container runtimes read it. */
export interface ImageName {
  /** Registry host, `docker.io` when the reference names none. */
  registry: string;
  /** Repository path below the registry, e.g. `windows/servercore`. */
  repository: string;
  tag?: string;
  digest?: string;
}

export function parseImageName(image: string): ImageName {
  const [withoutDigest = '', digest] = image.split('@', 2);
  const slash = withoutDigest.indexOf('/');
  const first = slash === -1 ? '' : withoutDigest.slice(0, slash);
  // The first segment is a registry only if it looks like a host: a dot, a port, or localhost.
  const hasRegistry = first.includes('.') || first.includes(':') || first === 'localhost';
  const registry = hasRegistry ? first : 'docker.io';
  const rest = hasRegistry ? withoutDigest.slice(slash + 1) : withoutDigest;
  const colon = rest.lastIndexOf(':');
  const repository = colon === -1 ? rest : rest.slice(0, colon);
  const tag = colon === -1 ? undefined : rest.slice(colon + 1);
  return {
    registry,
    repository:
      registry === 'docker.io' && !repository.includes('/') ? `library/${repository}` : repository,
    tag,
    digest,
  };
}

// Windows base image tags carry the host release: `ltsc2022`, `nanoserver-ltsc2019`, `1809`.
const releaseTagPatterns: [RegExp, WindowsServerRelease['version']][] = [
  [/(^|[-_.])(ltsc2019|1809)($|[-_.])/, '2019'],
  [/(^|[-_.])ltsc2022($|[-_.])/, '2022'],
  [/(^|[-_.])ltsc2025($|[-_.])/, '2025'],
];

/** The Windows Server release an image's tag is built for, when the tag says so. */
export function imageWindowsRelease(image: string): WindowsServerRelease | undefined {
  const { tag } = parseImageName(image);
  if (!tag) return undefined;
  const lower = tag.toLowerCase();
  const version = releaseTagPatterns.find(([pattern]) => pattern.test(lower))?.[1];
  return windowsServerReleases.find((release) => release.version === version);
}

/** Whether the name alone says the image is a Windows image. */
export function looksLikeWindowsImage(image: string): boolean {
  const { registry, repository, tag } = parseImageName(image);
  return (
    imageWindowsRelease(image) !== undefined ||
    (registry === 'mcr.microsoft.com' && repository.startsWith('windows')) ||
    /(^|\/)(servercore|nanoserver|windowsservercore)(\/|$)/.test(repository) ||
    /windowsservercore|nanoserver/.test(tag ?? '')
  );
}

// Repositories and tag words that only ever name Linux images.
const linuxRepositories = new Set([
  'alpine',
  'busybox',
  'ubuntu',
  'debian',
  'centos',
  'fedora',
  'rockylinux',
  'almalinux',
  'amazonlinux',
  'archlinux',
  'opensuse',
  'oraclelinux',
  'photon',
  'nginx',
  'httpd',
  'redis',
  'postgres',
  'mysql',
  'mariadb',
]);
const linuxRepositorySegment = /^(ubi\d*|rhel\d*)(-(minimal|micro|init))?$/;
const linuxTagWord =
  /(^|[-_.])(alpine|bookworm|bullseye|buster|jammy|focal|noble|ubi\d*)($|[-_.\d])/;

/** The word that gives an image away as Linux-only, or undefined when its name doesn't. */
export function linuxOnlyImageWord(image: string): string | undefined {
  if (looksLikeWindowsImage(image)) return undefined;
  const { repository, tag } = parseImageName(image);
  const segments = repository.toLowerCase().split('/');
  const base = segments[segments.length - 1] ?? '';
  if (linuxRepositories.has(base)) return base;
  const segment = segments.find((part) => linuxRepositorySegment.test(part));
  if (segment) return segment;
  return linuxTagWord.exec((tag ?? '').toLowerCase())?.[2];
}

const publicRegistries = new Set([
  'mcr.microsoft.com',
  'docker.io',
  'registry-1.docker.io',
  'quay.io',
  'ghcr.io',
  'registry.access.redhat.com',
  'registry.k8s.io',
  'gcr.io',
  'public.ecr.aws',
]);
const internalRegistry = 'image-registry.openshift-image-registry.svc';
const privateHostSuffixes = [
  '.svc',
  '.svc.cluster.local',
  '.local',
  '.internal',
  '.lan',
  '.corp',
  '.home.arpa',
];

/**
 * Why an image probably comes from a private registry, or undefined when nothing says so. Pull
 * secrets on the pod mean its images need credentials unless they come from Microsoft's registry.
 */
export function privateRegistryReason(
  image: string,
  podHasPullSecrets: boolean,
): { registry: string; reason: RegistryReason } | undefined {
  const { registry } = parseImageName(image);
  const host = registry.replace(/:\d+$/, '');
  const because = (reason: RegistryReason) => ({ registry, reason });
  if (host === internalRegistry) return because('internal-registry');
  if (host === 'registry.redhat.io') return because('redhat-registry');
  if (host === 'localhost' || isIP(host) !== 0) return because('private-address');
  if (privateHostSuffixes.some((suffix) => host.endsWith(suffix)))
    return because('private-network');
  if (podHasPullSecrets && host !== 'mcr.microsoft.com') return because('pull-secrets');
  if (!publicRegistries.has(host) && /:\d+$/.test(registry)) return because('custom-port');
  return undefined;
}

/** The pull policy Kubernetes applies when a container names none. */
export function effectivePullPolicy(image: string, policy: string | undefined): string {
  if (policy) return policy;
  const { tag, digest } = parseImageName(image);
  return !digest && (tag === undefined || tag === 'latest') ? 'Always' : 'IfNotPresent';
}
