import { podSpecPaths } from '../workloads/workload-object';

/** Whose pull secrets a workload's pods use: the pod's own and its service account's. */
export interface PullIdentity {
  namespace: string;
  /** `spec.serviceAccountName`; pods without one run as `default`. */
  serviceAccountName: string;
  /** Names of the pod's `imagePullSecrets`. */
  imagePullSecrets: string[];
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/**
 * The pull identity of a workload object as stored in the cluster; undefined for a kind the
 * workload checker does not read or an object without a namespace.
 */
export function pullIdentity(object: unknown): PullIdentity | undefined {
  const kind = field(object, 'kind');
  const path = typeof kind === 'string' ? podSpecPaths[kind] : undefined;
  const namespace = field(field(object, 'metadata'), 'namespace');
  if (!path || typeof namespace !== 'string') return undefined;
  const spec = path.reduce<unknown>((current, key) => field(current, key), object);
  const serviceAccountName = field(spec, 'serviceAccountName');
  const secrets = field(spec, 'imagePullSecrets');
  return {
    namespace,
    serviceAccountName:
      typeof serviceAccountName === 'string' && serviceAccountName !== ''
        ? serviceAccountName
        : 'default',
    imagePullSecrets: Array.isArray(secrets)
      ? [
          ...new Set(
            secrets.flatMap((s) => {
              const name = field(s, 'name');
              return typeof name === 'string' && name ? [name] : [];
            }),
          ),
        ]
      : [],
  };
}
