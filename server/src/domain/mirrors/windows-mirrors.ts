// What WMCO (10.16 and later, `pkg/registries`) makes of the cluster's ImageDigestMirrorSets and
// ImageTagMirrorSets for Windows nodes: one containerd `hosts.toml` per source registry, not per image,
// and the entries that will not work there.

export type SourcePolicy = 'AllowContactingSource' | 'NeverContactSource' | undefined;

/** One `imageDigestMirrors[]` (resolveTags false) or `imageTagMirrors[]` (true) entry, in list order. */
export interface MirrorEntry {
  source: string;
  mirrors: string[];
  policy: SourcePolicy;
  resolveTags: boolean;
}

export type MirrorProblemCode =
  | 'suffix-mismatch'
  | 'source-port'
  | 'wildcard-source'
  | 'no-mirrors'
  | 'never-lost'
  | 'never-registry-wide';

export interface MirrorProblem {
  code: MirrorProblemCode;
  source: string;
  mirror?: string;
  /** Where containerd will ask for the source's images (for suffix-mismatch). */
  requested?: string;
}

export interface RegistryMirrors {
  registry: string;
  /** `C:\k\containerd\registries\<registry>\hosts.toml` on every Windows node. */
  path: string;
  /** The merged policy: the source is never asked, for any image of the registry. */
  neverContactSource: boolean;
  /** The file as WMCO writes it, without the authorization headers it adds from the pull secret. */
  hostsToml: string;
  problems: MirrorProblem[];
}

interface Mirror {
  host: string;
  resolveTags: boolean;
}

/** Everything before the first `/` (sources and mirrors carry no scheme). */
function registryOf(location: string): string {
  return location.split('/')[0] ?? location;
}

function orgPathOf(location: string): string {
  return location.slice(registryOf(location).length).replace(/^\//, '');
}

/** `extractMirrorURL`: the mirror without the path segments it shares at the end with the source. */
function truncatedMirror(source: string, mirror: string): string {
  if (source === mirror) return registryOf(mirror);
  const sourceParts = source.split('/');
  const mirrorParts = mirror.split('/');
  let kept = mirrorParts.length;
  for (let i = 0; i < sourceParts.length && i < mirrorParts.length; i++) {
    if (sourceParts[sourceParts.length - 1 - i] !== mirrorParts[mirrorParts.length - 1 - i]) break;
    kept--;
  }
  return mirrorParts.slice(0, kept).join('/');
}

function hostUrl(location: string): string {
  const org = orgPathOf(location);
  return `https://${registryOf(location)}/v2${org ? `/${org}` : ''}`;
}

/** containerd asks `<host>/<the image's path under its registry>`: it must be where the mirror is. */
function suffixProblem(source: string, mirror: string): MirrorProblem | undefined {
  const repository = orgPathOf(source);
  if (source === mirror || repository === '' || mirror.endsWith(`/${repository}`)) return undefined;
  const requested = `${truncatedMirror(source, mirror)}/${repository}`;
  return { code: 'suffix-mismatch', source, mirror, requested };
}

/** `mergeMirrors`: one host per truncated location; a tag-resolving one wins over a digest-only one. */
function mergeMirrors(existing: Mirror[], added: Mirror[]): Mirror[] {
  const byHost = new Map(existing.map((mirror) => [mirror.host, mirror]));
  for (const mirror of added) {
    const known = byHost.get(mirror.host);
    if (!known || (!known.resolveTags && mirror.resolveTags)) byHost.set(mirror.host, mirror);
  }
  return [...byHost.values()];
}

function hostsToml(registry: string, mirrors: Mirror[], policy: SourcePolicy): string {
  if (mirrors.length === 0) return '';
  const server =
    policy === 'NeverContactSource' && mirrors[0] ? hostUrl(mirrors[0].host) : hostUrl(registry);
  const hosts = mirrors.map(
    (mirror) =>
      `\n[host."${hostUrl(mirror.host)}"]\n  capabilities = [${mirror.resolveTags ? '"pull", "resolve"' : '"pull"'}]\n  override_path = true\n`,
  );
  return `server = "${server}"\n\noverride_path = true\n${hosts.join('')}`;
}

/** Per registry, sorted as WMCO sorts: the file it writes and what will not work on Windows. */
export function windowsRegistryMirrors(entries: readonly MirrorEntry[]): RegistryMirrors[] {
  const registries = new Map<
    string,
    { mirrors: Mirror[]; policy: SourcePolicy; entries: MirrorEntry[] }
  >();
  for (const entry of entries) {
    const registry = registryOf(entry.source);
    const mirrors = entry.mirrors.map((mirror) => ({
      host: truncatedMirror(entry.source, mirror),
      resolveTags: entry.resolveTags,
    }));
    const known = registries.get(registry);
    if (!known) {
      registries.set(registry, { mirrors, policy: entry.policy, entries: [entry] });
      continue;
    }
    known.mirrors = mergeMirrors(known.mirrors, mirrors);
    // WMCO prefers NeverContactSource only over an explicit AllowContactingSource, not over unset.
    if (known.policy === 'AllowContactingSource') known.policy = entry.policy;
    known.entries.push(entry);
  }
  return [...registries]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([registry, { mirrors, policy, entries: sources }]) => {
      const sorted = [...mirrors].sort((a, b) => (a.host < b.host ? -1 : a.host > b.host ? 1 : 0));
      return {
        registry,
        path: `C:\\k\\containerd\\registries\\${registry}\\hosts.toml`,
        neverContactSource: policy === 'NeverContactSource',
        hostsToml: hostsToml(registry, sorted, policy),
        problems: registryProblems(registry, policy, sources),
      };
    });
}

function registryProblems(
  registry: string,
  policy: SourcePolicy,
  entries: readonly MirrorEntry[],
): MirrorProblem[] {
  const first = entries[0]?.source ?? registry;
  const problems: MirrorProblem[] = [];
  if (registry.includes('*')) problems.push({ code: 'wildcard-source', source: first });
  else if (registry.includes(':')) problems.push({ code: 'source-port', source: first });
  for (const entry of entries) {
    if (entry.mirrors.length === 0) problems.push({ code: 'no-mirrors', source: entry.source });
    for (const mirror of entry.mirrors) {
      const problem = suffixProblem(entry.source, mirror);
      if (problem) problems.push(problem);
    }
  }
  const never = entries.find((entry) => entry.policy === 'NeverContactSource');
  if (never && policy !== 'NeverContactSource') {
    problems.push({ code: 'never-lost', source: never.source });
  } else if (never && entries.some((entry) => entry.policy !== 'NeverContactSource')) {
    problems.push({ code: 'never-registry-wide', source: never.source });
  }
  return problems;
}

/** containerd's sandbox image on WMCO's nodes, pulled by tag. */
export const pauseImage = 'mcr.microsoft.com/oss/kubernetes/pause:3.9';

/**
 * Whether the pause image can come from a mirror: an entry whose source covers it, with a mirror that
 * resolves tags (an ITMS), or NeverContactSource for mcr.microsoft.com (the mirror is the server).
 * `undefined` when no mirror set names mcr.microsoft.com at all.
 */
export function pauseImageMirrored(
  entries: readonly MirrorEntry[],
  registries: readonly RegistryMirrors[],
): 'resolvable' | 'digest-only' | undefined {
  const repository = 'mcr.microsoft.com/oss/kubernetes/pause';
  const covering = entries.filter(
    (entry) =>
      entry.mirrors.length > 0 &&
      (repository === entry.source || repository.startsWith(`${entry.source}/`)),
  );
  if (covering.length === 0) return undefined;
  const never = registries.some(
    (registry) => registry.registry === 'mcr.microsoft.com' && registry.neverContactSource,
  );
  return never || covering.some((entry) => entry.resolveTags) ? 'resolvable' : 'digest-only';
}
