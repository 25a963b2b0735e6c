import type { V1RuntimeClass, V1Toleration } from '@kubernetes/client-node';
import type { RuntimeClassNameProblem } from '../../../contract/workloads';
import { windowsServerReleaseOfBuild } from '../support/support-matrix';
import { wmcoNames } from '../wmco-names';

/** The Windows process-isolation handler of containerd on Windows nodes (guide 6.2). */
export const windowsHandler = 'runhcs-wcow-process';

/**
 * The guide's two tolerations, in its order: the taint WMCO sets is `os=Windows`; older nodes and
 * the upstream docs use `os=windows`, and toleration values are case-sensitive, so both are carried.
 */
function windowsTolerations(): V1Toleration[] {
  return ['windows', 'Windows'].map((value) => ({
    effect: 'NoSchedule',
    key: 'os',
    operator: 'Equal',
    value,
  }));
}

/** The RuntimeClass of guide 6.2 for one Windows build, e.g. `windows2022` for `10.0.20348`. */
export function windowsRuntimeClass(name: string, build: string): V1RuntimeClass {
  return {
    apiVersion: 'node.k8s.io/v1',
    kind: 'RuntimeClass',
    metadata: { name },
    handler: windowsHandler,
    scheduling: {
      nodeSelector: {
        [wmcoNames.osLabel]: 'windows',
        'kubernetes.io/arch': 'amd64',
        [wmcoNames.windowsBuildLabel]: build,
      },
      tolerations: windowsTolerations(),
    },
  };
}

/** `windows2019` / `windows2022` / `windows2025`; undefined for a build the matrix doesn't name. */
export function defaultRuntimeClassName(build: string): string | undefined {
  const release = windowsServerReleaseOfBuild(build);
  return release ? `windows${release.version}` : undefined;
}

// RFC 1123 subdomain: what the API server requires of a RuntimeClass name.
const dnsSubdomain = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Why a RuntimeClass name would be refused; undefined when it is valid. */
export function runtimeClassNameProblem(name: string): RuntimeClassNameProblem | undefined {
  if (name.length === 0) return { code: 'runtime-class-name-empty', params: {} };
  if (name.length > 253) return { code: 'runtime-class-name-too-long', params: {} };
  if (!dnsSubdomain.test(name)) return { code: 'runtime-class-name-invalid', params: {} };
  return undefined;
}

/** The Windows build a RuntimeClass confines pods to, if it selects one. */
export function targetBuild(runtimeClass: V1RuntimeClass): string | undefined {
  return runtimeClass.scheduling?.nodeSelector?.[wmcoNames.windowsBuildLabel];
}

function sameSelector(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

function tolerationKey(toleration: V1Toleration): string {
  return [
    toleration.key ?? '',
    toleration.operator ?? 'Equal',
    toleration.value ?? '',
    toleration.effect ?? '',
    toleration.tolerationSeconds ?? '',
  ].join('\u0000');
}

/**
 * Whether an existing RuntimeClass does exactly what the guide's one for `build` does: the same
 * handler, node selector and tolerations (order aside), so creating another would only duplicate it.
 */
export function isEquivalentRuntimeClass(existing: V1RuntimeClass, build: string): boolean {
  const wanted = windowsRuntimeClass(existing.metadata?.name ?? '', build);
  const tolerations = new Set((existing.scheduling?.tolerations ?? []).map(tolerationKey));
  const wantedTolerations = new Set((wanted.scheduling?.tolerations ?? []).map(tolerationKey));
  return (
    existing.handler === wanted.handler &&
    sameSelector(existing.scheduling?.nodeSelector ?? {}, wanted.scheduling?.nodeSelector ?? {}) &&
    tolerations.size === wantedTolerations.size &&
    [...wantedTolerations].every((key) => tolerations.has(key))
  );
}
