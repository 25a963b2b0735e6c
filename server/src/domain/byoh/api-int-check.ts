import { isIP } from 'node:net';
import type { CheckResult } from '../../../contract/byoh';
import type { Infrastructure } from '../openshift-objects';
import { isGoDomainName } from './instance-entry';

/** The host of `https://api-int.<cluster domain>:6443`, only when it is a DNS name. */
export function internalApiHost(infrastructure: Infrastructure | undefined): string | undefined {
  const uri = infrastructure?.status?.apiServerInternalURI;
  if (!uri || !URL.canParse(uri)) return undefined;
  const host = new URL(uri).hostname;
  return isGoDomainName(host) ? host : undefined;
}

/** What a preflight looks up on each host: `name` is undefined when the cluster names none. */
export interface ApiIntTarget {
  name?: string;
}

/**
 * On vSphere a BYOH host downloads its Ignition config from api-int, so the host must resolve it (guide
 * 5.3.2.2 and 8.1); elsewhere there is nothing to check and the check is not run at all.
 */
export function apiIntTarget(infrastructure: Infrastructure | undefined): ApiIntTarget | undefined {
  if (infrastructure?.status?.platformStatus?.type !== 'VSphere') return undefined;
  return { name: internalApiHost(infrastructure) };
}

/** How the host's lookup of the name went: `output` is what it printed when it exited 0. */
export type ApiIntLookup = { kind: 'exited'; output?: string } | { kind: 'no-answer' };

export function judgeApiInt(name: string, lookup: ApiIntLookup): CheckResult {
  if (lookup.kind === 'no-answer') {
    return { id: 'api-int', status: 'fail', code: 'api-int-no-answer', params: { name } };
  }
  const addresses = (lookup.output ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => isIP(line) !== 0);
  return addresses.length > 0
    ? {
        id: 'api-int',
        status: 'pass',
        code: 'api-int-resolves',
        params: { name, addresses: addresses.join(', ') },
      }
    : { id: 'api-int', status: 'fail', code: 'api-int-unresolved', params: { name } };
}

/** On vSphere, but Infrastructure names no DNS name to look up: the admin must check by hand. */
export const apiIntUnnamed: CheckResult = {
  id: 'api-int',
  status: 'warn',
  code: 'api-int-unnamed',
};
