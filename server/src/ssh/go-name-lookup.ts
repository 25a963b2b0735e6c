// How Go's own resolver (WMCO's: `net.ResolveIPAddr("ip4", key)` under nsswitch `files dns`) turns a
// name into addresses: the hosts file first, then DNS with resolv.conf's search list. Pure: the caller
// reads the files.

/** Go's `absDomainName`: dotted names get the root dot; single labels (localhost) stay as they are. */
function absDomainName(name: string): string {
  return name.includes('.') && !name.endsWith('.') ? `${name}.` : name;
}

/**
 * The hosts file's addresses by name, as Go's `readHosts` keys them (ASCII lower case, absolute).
 * An IPv6 line counts too: a name the file knows is never asked of DNS, whatever its addresses.
 */
export function parseHostsFile(text: string): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const [address, ...names] = (line.split('#')[0] ?? '').trim().split(/\s+/);
    if (!address || names.length === 0) continue;
    for (const name of names) {
      const key = absDomainName(name.toLowerCase());
      byName.set(key, [...(byName.get(key) ?? []), address]);
    }
  }
  return byName;
}

/** The hosts file's addresses for a name (none when the file does not list it). */
export function hostsFileAddresses(hosts: ReadonlyMap<string, string[]>, name: string): string[] {
  return hosts.get(absDomainName(name.toLowerCase())) ?? [];
}

export interface SearchConfig {
  search: string[];
  ndots: number;
}

/** resolv.conf's search list (the last `search` or `domain` line) and `ndots` (default 1, at most 15). */
export function parseResolvConf(text: string): SearchConfig {
  let search: string[] = [];
  let ndots = 1;
  for (const line of text.split('\n')) {
    const [keyword, ...rest] = line.trim().split(/\s+/);
    if (keyword === 'search' || keyword === 'domain') search = rest;
    if (keyword === 'options') {
      const option = rest.find((value) => value.startsWith('ndots:'));
      const parsed = option ? Number(option.slice('ndots:'.length)) : NaN;
      if (Number.isInteger(parsed) && parsed >= 0) ndots = Math.min(parsed, 15);
    }
  }
  return { search: search.map((suffix) => suffix.replace(/\.$/, '')), ndots };
}

/**
 * The names Go asks DNS for, in order (`dnsConfig.nameList`): a rooted name alone; else the name itself
 * first when it has at least `ndots` dots, then the name with each search suffix, then the name itself.
 * Returned without the root dot.
 */
export function searchNames(name: string, config: SearchConfig): string[] {
  if (name.endsWith('.')) return [name.slice(0, -1)];
  const dots = name.split('.').length - 1;
  const suffixed = config.search
    .map((suffix) => `${name}.${suffix}`)
    .filter((fqdn) => fqdn.length < 254);
  return dots >= config.ndots ? [name, ...suffixed] : [...suffixed, name];
}
