import type { ExpectedService, ServicesConfigProblem } from '../../../contract/node-services';

/**
 * The services WMCO says every Windows node must run, from its `windows-services-<version>`
 * ConfigMap (WMCO's pkg/servicescm): key `services` holds a JSON array of {name, path, bootstrap,
 * priority, dependencies?, nodeVariablesInCommand?, powershellPreScripts?}; `files` is required,
 * `environmentVars` and `watchedEnvironmentVars` optional. Bootstrap services (containerd,
 * kubelet) start before the node exists; the rest once it does, lowest priority first. WICD is not
 * listed: WMCO installs it over SSH and it runs the others.
 */
const allowedKeys = new Set(['services', 'files', 'environmentVars', 'watchedEnvironmentVars']);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function toService(value: unknown): ExpectedService | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { name, bootstrap, priority, dependencies } = value as Record<string, unknown>;
  if (typeof name !== 'string' || typeof priority !== 'number') return undefined;
  const deps = Array.isArray(dependencies)
    ? dependencies.filter((d): d is string => typeof d === 'string')
    : [];
  return { name, bootstrap: bootstrap === true, priority, dependencies: deps };
}

/** The services in start order (bootstrap first, then by priority), or why the data is unusable. */
export function parseWindowsServices(
  data: Record<string, string> | undefined,
): { services: ExpectedService[] } | { problem: ServicesConfigProblem } {
  const keys = Object.keys(data ?? {});
  const unexpected = keys.filter((key) => !allowedKeys.has(key));
  if (unexpected.length > 0) {
    return { problem: { code: 'services-config-unexpected-keys', params: { keys: unexpected } } };
  }
  for (const key of ['services', 'files'] as const) {
    if (data?.[key] === undefined) {
      return { problem: { code: 'services-config-missing-key', params: { key } } };
    }
  }
  const parsed = parseJson(data?.services ?? '');
  const services = Array.isArray(parsed) ? parsed.map(toService) : [undefined];
  if (
    services.some((service) => service === undefined) ||
    !Array.isArray(parseJson(data?.files ?? ''))
  ) {
    return { problem: { code: 'services-config-unreadable', params: { key: 'services' } } };
  }
  return {
    services: (services as ExpectedService[]).sort(
      (a, b) => Number(b.bootstrap) - Number(a.bootstrap) || a.priority - b.priority,
    ),
  };
}

/** WMCO's full version from a services ConfigMap's name, e.g. `10.22.0-5c2e1f9`. */
export function servicesConfigVersion(name: string): string | undefined {
  return /^windows-services-(.+)$/.exec(name)?.[1];
}
