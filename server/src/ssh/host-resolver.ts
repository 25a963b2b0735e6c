import { Resolver } from 'node:dns/promises';
import { isIPv4 } from 'node:net';

/** DNS as WMCO will see it: forward to IPv4 only (WMCO has no IPv6), and PTR records. */
export interface HostResolver {
  /** The key's IPv4 addresses: an IPv4 literal stands for itself; a name that does not resolve gives none. */
  ipv4(address: string): Promise<string[]>;
  /** The names of a PTR lookup; none when there is no record or DNS does not answer. */
  reverse(ip: string): Promise<string[]>;
  /** The names of a PTR lookup: none when DNS says there is no record, undefined when it cannot say. */
  ptrRecords(ip: string): Promise<string[] | undefined>;
}

const noRecord = new Set(['ENOTFOUND', 'ENODATA']);

/** Resolves through the configured servers (the cluster's DNS in production), else the system's. */
export function hostResolver(servers: string[] | undefined, timeoutMs: number): HostResolver {
  // c-ares doubles the wait on its second try: about `timeoutMs` in all.
  const resolver = new Resolver({ timeout: Math.ceil(timeoutMs / 3), tries: 2 });
  if (servers) resolver.setServers(servers);
  return {
    async ipv4(address) {
      if (isIPv4(address)) return [address];
      return resolver.resolve4(address).catch(() => []);
    },
    async reverse(ip) {
      return resolver.reverse(ip).catch(() => []);
    },
    async ptrRecords(ip) {
      return resolver
        .reverse(ip)
        .catch((error: unknown) =>
          noRecord.has((error as { code?: string }).code ?? '') ? [] : undefined,
        );
    },
  };
}
