import { isIPv4, isIPv6 } from 'node:net';

/** One `windows-instances` ConfigMap entry: the host's address (key) and `username=<user>` (value). */
export interface InstanceEntry {
  address: string;
  value: string;
}

// RFC 1123 subdomain, as Kubernetes validates DNS names.
const dnsName = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/**
 * Why WMCO would reject this entry, or undefined when its shape is valid. WMCO stops configuring and
 * removing every BYOH host while any entry is malformed, so each problem is worth a clear sentence.
 * (Whether a DNS name resolves to IPv4 is checked where DNS is at hand.)
 */
export function instanceEntryProblem({ address, value }: InstanceEntry): string | undefined {
  if (isIPv6(address))
    return `${address} is an IPv6 address; WMCO needs an IPv4 address or a DNS name.`;
  if (!isIPv4(address) && !dnsName.test(address)) {
    return `${address} is neither an IPv4 address nor a valid DNS name.`;
  }
  if (!value.startsWith('username=')) return `the value for ${address} must be "username=<user>".`;
  const user = value.slice('username='.length);
  if (user.length === 0) return `the value for ${address} names no user after "username=".`;
  if (/\s/.test(user)) return `the user name for ${address} contains whitespace or a line break.`;
  return undefined;
}
