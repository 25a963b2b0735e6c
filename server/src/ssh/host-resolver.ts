import { readFile } from 'node:fs/promises';
import { Resolver } from 'node:dns/promises';
import { isIPv4, isIPv6 } from 'node:net';
import { isGoDomainName } from '../domain/byoh/instance-entry';
import type { ByohSettings } from './byoh-settings';
import { hostsFileAddresses, parseHostsFile, parseResolvConf, searchNames } from './go-name-lookup';

/** Names as WMCO's resolver sees them: forward to IPv4 only (WMCO has no IPv6), and PTR records. */
export interface HostResolver {
  /** The key's IPv4 addresses: an IPv4 literal stands for itself; a name that does not resolve gives none. */
  ipv4(address: string): Promise<string[]>;
  /** The names of a PTR lookup; none when there is no record or DNS does not answer. */
  reverse(ip: string): Promise<string[]>;
  /** The names of a PTR lookup: none when DNS says there is no record, undefined when it cannot say. */
  ptrRecords(ip: string): Promise<string[] | undefined>;
}

const noRecord = new Set(['ENOTFOUND', 'ENODATA']);

export interface ResolverOptions {
  /** DNS servers (`ip` or `ip:port`); default: the system's. */
  servers?: string[];
  timeoutMs: number;
  /** Read at every lookup, as Go rereads it when it changed. */
  hostsFile?: string;
  /** Its search list and ndots are applied as Go applies them. */
  resolvConf?: string;
}

async function readOptional(path: string): Promise<string> {
  return readFile(path, 'utf8').catch(() => '');
}

/**
 * `net.ResolveIPAddr("ip4", name)` as WMCO's operator runs it: the hosts file first (a name it lists is
 * answered from it alone), then, for a valid DNS name, A records of each search-list candidate in Go's
 * order. Node's `resolve4` reads no hosts file and applies no search list, hence the steps here.
 */
export function hostResolver({
  servers,
  timeoutMs,
  hostsFile = '/etc/hosts',
  resolvConf = '/etc/resolv.conf',
}: ResolverOptions): HostResolver {
  // c-ares doubles the wait on its second try: about `timeoutMs` in all.
  const resolver = new Resolver({ timeout: Math.ceil(timeoutMs / 3), tries: 2 });
  if (servers) resolver.setServers(servers);
  return {
    async ipv4(address) {
      if (isIPv4(address)) return [address];
      if (isIPv6(address)) return [];
      const fromFile = hostsFileAddresses(parseHostsFile(await readOptional(hostsFile)), address);
      if (fromFile.length > 0) return fromFile.filter((ip) => isIPv4(ip));
      if (!isGoDomainName(address)) return [];
      const config = parseResolvConf(await readOptional(resolvConf));
      for (const name of searchNames(address, config)) {
        const answers = await resolver.resolve4(name).catch(() => []);
        if (answers.length > 0) return answers;
      }
      return [];
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

/** The resolver of the BYOH settings: the Overview and the BYOH page resolve through the same one. */
export function byohResolver(settings: ByohSettings): HostResolver {
  return hostResolver({ servers: settings.dnsServers, timeoutMs: settings.connectTimeoutMs });
}
