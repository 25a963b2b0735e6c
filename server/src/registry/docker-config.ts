/** A username and password for one registry, and the Secret it came from. */
export interface RegistryCredential {
  username: string;
  password: string;
  /** `namespace/name` of the pull secret. */
  source: string;
}

/** One `auths` entry of a pull secret, with the key it was filed under. */
export interface DockerConfigEntry {
  key: string;
  credential: RegistryCredential;
}

const dockerHubAliases = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/** docker.io's names for one registry all mean `docker.io`, as kubelet's keyring treats them. */
export function canonicalRegistry(host: string): string {
  const lower = host.toLowerCase();
  return dockerHubAliases.has(lower) ? 'docker.io' : lower;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function credentialOf(value: unknown, source: string): RegistryCredential | undefined {
  const entry = record(value);
  if (!entry) return undefined;
  if (typeof entry.auth === 'string' && entry.auth !== '') {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) {
      return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source };
    }
  }
  if (typeof entry.username === 'string' && typeof entry.password === 'string') {
    return { username: entry.username, password: entry.password, source };
  }
  return undefined;
}

/**
 * The entries of a pull secret's data: `.dockerconfigjson` (`{"auths": {...}}`) or the older
 * `.dockercfg` (the map itself). Anything malformed yields no entries rather than an error: one
 * broken secret must not hide the others.
 */
export function dockerConfigEntries(text: string, source: string): DockerConfigEntry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  const root = record(parsed);
  const auths = record(root?.auths) ?? root ?? {};
  return Object.entries(auths).flatMap(([key, value]) => {
    const credential = credentialOf(value, source);
    return credential ? [{ key, credential }] : [];
  });
}

interface KeyParts {
  host: string;
  path: string;
}

function keyParts(key: string): KeyParts {
  const withoutScheme = key.replace(/^[a-z]+:\/\//i, '').replace(/\/+$/, '');
  const slash = withoutScheme.indexOf('/');
  const host = slash === -1 ? withoutScheme : withoutScheme.slice(0, slash);
  const path = slash === -1 ? '' : withoutScheme.slice(slash + 1);
  // `https://index.docker.io/v1/` names the registry, not a repository path.
  return { host: canonicalRegistry(host), path: /^v[12]$/.test(path) ? '' : path };
}

function hostMatches(pattern: string, host: string): boolean {
  if (!pattern.includes('*')) return pattern === host;
  const [patternName = '', patternPort] = pattern.split(':');
  const [name = '', port] = host.split(':');
  if (patternPort !== port) return false;
  const patternLabels = patternName.split('.');
  const labels = name.split('.');
  return (
    patternLabels.length === labels.length &&
    patternLabels.every((label, i) => label === '*' || label === labels[i])
  );
}

/**
 * The credentials that apply to `registry/repository`, most specific first, as kubelet orders a
 * keyring: a key matches on its host (`*` globs one label, ports must agree) and a path prefix of
 * the repository. Duplicates (the same user on the same key from two secrets) are dropped.
 */
export function credentialsFor(
  entries: DockerConfigEntry[],
  registry: string,
  repository: string,
): RegistryCredential[] {
  const host = canonicalRegistry(registry);
  const matching = entries
    .map((entry) => ({ entry, parts: keyParts(entry.key) }))
    .filter(
      ({ parts }) =>
        hostMatches(parts.host, host) &&
        (parts.path === '' || repository === parts.path || repository.startsWith(`${parts.path}/`)),
    )
    .sort((a, b) => b.parts.path.length - a.parts.path.length);
  const seen = new Set<string>();
  return matching.flatMap(({ entry }) => {
    const identity = `${entry.credential.username}\u0000${entry.credential.password}`;
    if (seen.has(identity)) return [];
    seen.add(identity);
    return [entry.credential];
  });
}
