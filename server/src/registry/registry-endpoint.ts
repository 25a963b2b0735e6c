import { isIP } from 'node:net';
import { RegistryFailure } from './registry-failure';
import { canonicalRegistry } from './docker-config';

/** Where a registry's API answers. */
export interface RegistryEndpoint {
  /** The registry as image references name it (`docker.io`, `quay.io`, `127.0.0.1:5000`). */
  registry: string;
  /** `https://registry-1.docker.io`: the API's origin. */
  origin: string;
}

export function isLoopbackHost(host: string): boolean {
  const name = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (name === 'localhost' || name === '::1') return true;
  return isIP(name) === 4 && name.startsWith('127.');
}

/** `host[:port]` split; IPv6 literals keep their brackets in the host. */
function hostOf(registry: string): string {
  const bracket = /^(\[[^\]]+\])(?::\d+)?$/.exec(registry);
  return bracket?.[1] ?? registry.replace(/:\d+$/, '');
}

/**
 * The API origin of a registry: docker.io's API lives at registry-1.docker.io; every registry is
 * reached over https, except a loopback one, read over plain http and only when that is allowed
 * (the tests' registry).
 */
export function registryEndpoint(registry: string, plainHttpLoopback: boolean): RegistryEndpoint {
  const canonical = canonicalRegistry(registry);
  if (!/^[a-z0-9.[\]:-]+$/i.test(canonical)) {
    throw new RegistryFailure('invalid-reference', { registry });
  }
  const host = canonical === 'docker.io' ? 'registry-1.docker.io' : canonical;
  // A loopback registry in a workload names its node's own address, which the BFF cannot reach.
  if (isLoopbackHost(hostOf(host)) && !plainHttpLoopback) {
    throw new RegistryFailure('loopback-registry', { registry });
  }
  return {
    registry: canonical,
    origin: `${plainHttpLoopback && isLoopbackHost(hostOf(host)) ? 'http' : 'https'}://${host}`,
  };
}

/** Whether a URL the registry sends us to (a token realm, a redirect) may be followed. */
export function mayFollow(url: URL, plainHttpLoopback: boolean): boolean {
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && plainHttpLoopback && isLoopbackHost(url.hostname);
}
