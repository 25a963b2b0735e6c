import type { EntryIssue, EntryIssueCode } from '../../../contract/byoh';

/** One `windows-instances` ConfigMap entry: the host's address (key) and `username=<user>` (value). */
export interface InstanceEntry {
  address: string;
  value: string;
}

const valuePrefix = 'username=';

// Plain-regex forms (no node:net): the plugin validates its form with this module too. Go's literal
// parser, which WMCO's resolution starts with, refuses leading zeros and short forms (010.1.42.1, 127.1).
const octet = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const ipv4Address = new RegExp(`^${octet}(\\.${octet}){3}$`);
const ipv6Like = /^[0-9a-f:.]*:[0-9a-f:.]*$/i;
// One colon before digits (an IPv6 address has at least two), or a bracketed address and a port.
const withPort = /^(\[[^\]]*\]|[^:]+):\d+$/;

export function isIPv4Address(address: string): boolean {
  return ipv4Address.test(address);
}

/**
 * Go's `isDomainName` (net/dnsclient.go), which gates every DNS query of WMCO's resolver: letters, digits,
 * `_` and `-` in labels of 1–63 bytes, no `-` after a dot or before one, at most 253 bytes (254 with the
 * root dot), and not all-numeric (10.1.42 is a mistyped address, never looked up).
 */
export function isGoDomainName(name: string): boolean {
  if (name === '.') return true;
  const length = name.length;
  if (length === 0 || length > 254 || (length === 254 && !name.endsWith('.'))) return false;
  let last = '.';
  let nonNumeric = false;
  let label = 0;
  for (const c of name) {
    if (/[a-zA-Z_]/.test(c)) {
      nonNumeric = true;
      label++;
    } else if (/\d/.test(c)) label++;
    else if (c === '-') {
      if (last === '.') return false;
      nonNumeric = true;
      label++;
    } else if (c === '.') {
      if (last === '.' || last === '-' || label > 63 || label === 0) return false;
      label = 0;
    } else return false;
    last = c;
  }
  return last !== '-' && label <= 63 && nonNumeric;
}

/** The value WMCO expects for a user: exactly `username=<user>`, nothing after it. */
export function instanceValue(username: string): string {
  return `${valuePrefix}${username}`;
}

/** The user WMCO reads from a value: everything after the first `=` of `username=…`, kept as is. */
export function usernameOf(value: string): string | undefined {
  return value.startsWith(valuePrefix) ? value.slice(valuePrefix.length) : undefined;
}

/** What is wrong with a key before any lookup: a port, IPv6, or a name WMCO's resolver never asks for. */
export function instanceKeyIssue(address: string): EntryIssueCode | undefined {
  if (isIPv4Address(address)) return undefined;
  if (withPort.test(address)) return 'port';
  if (ipv6Like.test(address)) return 'ipv6';
  return isGoDomainName(address) ? undefined : 'not-an-address';
}

// Characters Windows refuses in a user name; `\` (DOMAIN\user) and `@` (UPN) are allowed.
const notInWindowsUser = /["/[\]:;|=,+*?<>]/;

/**
 * What WMCO's parser says of a value (`extractUsername`: split at the first `=`, the left part exactly
 * `username`, the right part taken unchanged). WMCO accepts an empty user, whitespace and odd characters
 * and fails only at that host's SSH login; the product names them, stricter than WMCO, without calling
 * them blocking.
 */
export function instanceValueIssue(value: string): EntryIssueCode | undefined {
  if (value === 'username') return 'username-without-equals';
  const user = usernameOf(value);
  if (user === undefined) return 'value-format';
  if (user.length === 0) return 'no-user';
  if (/\s/.test(user)) return 'user-whitespace';
  if (notInWindowsUser.test(user)) return 'user-characters';
  return undefined;
}

/** Codes with which WMCO's parser rejects the whole ConfigMap (or, for a bare `username`, panics). */
const rejectedByWmco = new Set<EntryIssueCode>([
  'value-format',
  'username-without-equals',
  'port',
  'ipv6',
  'not-an-address',
  'unresolvable',
]);

export function issue(code: EntryIssueCode, other?: string): EntryIssue {
  return { code, blocksAll: rejectedByWmco.has(code), ...(other === undefined ? {} : { other }) };
}

/**
 * What the typed form of an entry is refused for before DNS: WMCO's rejections, and (stricter) what would
 * only fail at the host's login. DNS decides the rest: see `judgeInstanceEntries`.
 */
export function instanceEntryIssue({ address, value }: InstanceEntry): EntryIssue | undefined {
  // WMCO reads the value first, so a bad value is what its error names.
  const valueCode = instanceValueIssue(value);
  if (valueCode && rejectedByWmco.has(valueCode)) return issue(valueCode);
  const keyCode = instanceKeyIssue(address);
  if (keyCode) return issue(keyCode);
  return valueCode ? issue(valueCode) : undefined;
}
