import type { EntryIssue } from '../../../contract/byoh';

/** One `windows-instances` ConfigMap entry: the host's address (key) and `username=<user>` (value). */
export interface InstanceEntry {
  address: string;
  value: string;
}

const valuePrefix = 'username=';

// Plain-regex forms (no node:net): the plugin validates its form with this module too.
const octet = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const ipv4Address = new RegExp(`^${octet}(\\.${octet}){3}$`);
const ipv6Like = /^[0-9a-f:.]*:[0-9a-f:.]*$/i;

export function isIPv4Address(address: string): boolean {
  return ipv4Address.test(address);
}

// RFC 1123 subdomain, as Kubernetes validates DNS names; DNS itself ignores case.
const dnsName = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/i;

/** The value WMCO expects for a user: exactly `username=<user>`, nothing after it. */
export function instanceValue(username: string): string {
  return `${valuePrefix}${username}`;
}

/** The user of a well-formed value, else undefined. */
export function usernameOf(value: string): string | undefined {
  return value.startsWith(valuePrefix) ? value.slice(valuePrefix.length) : undefined;
}

/**
 * What is wrong with an entry's shape, or undefined when WMCO would accept it. Whether a DNS name resolves
 * to IPv4, and whether two keys mean one host, need DNS: see `judgeResolvedEntries`.
 */
export function instanceEntryIssue({ address, value }: InstanceEntry): EntryIssue | undefined {
  if (ipv6Like.test(address)) return { code: 'ipv6' };
  // A name whose last label is numeric (10.1.42) is a mistyped address, not a host name (RFC 3696 §2).
  if (!isIPv4Address(address) && (!dnsName.test(address) || /(^|\.)\d+$/.test(address))) {
    return { code: 'not-an-address' };
  }
  const user = usernameOf(value);
  if (user === undefined) return { code: 'value-format' };
  if (user.length === 0) return { code: 'no-user' };
  if (/\s/.test(user)) return { code: 'user-whitespace' };
  return undefined;
}

/**
 * The issues of every entry once DNS has answered: shape first, then keys that resolve to no IPv4 address,
 * then keys that share an address with another key (both are flagged, each naming the other).
 * `ipv4` holds each key's addresses; a key missing from it could not be resolved.
 */
export function judgeResolvedEntries(
  entries: InstanceEntry[],
  ipv4: ReadonlyMap<string, readonly string[]>,
): Map<string, EntryIssue> {
  const issues = new Map<string, EntryIssue>();
  const owner = new Map<string, string>();
  for (const entry of entries) {
    const issue = instanceEntryIssue(entry);
    if (issue) {
      issues.set(entry.address, issue);
      continue;
    }
    const addresses = ipv4.get(entry.address) ?? [];
    if (addresses.length === 0) {
      issues.set(entry.address, { code: 'unresolvable' });
      continue;
    }
    for (const resolved of addresses) {
      const other = owner.get(resolved);
      if (other !== undefined && other !== entry.address) {
        issues.set(entry.address, { code: 'duplicate-address', other });
        if (!issues.has(other))
          issues.set(other, { code: 'duplicate-address', other: entry.address });
      } else {
        owner.set(resolved, entry.address);
      }
    }
  }
  return issues;
}
