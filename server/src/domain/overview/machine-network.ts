import { BlockList, isIP } from 'node:net';
import { parse } from 'yaml';

/** Where the installer keeps install-config: `networking.machineNetwork` is the Linux workers' network. */
export const installConfigMap = { namespace: 'kube-system', name: 'cluster-config-v1' } as const;

interface InstallConfig {
  /** `machineCIDR`: the single field of install-configs before 4.2. */
  networking?: { machineNetwork?: unknown; machineCIDR?: unknown };
}

/**
 * The machine network CIDRs of an `install-config` document; undefined when it is not YAML or names
 * none (then nothing is guessed). Only well-formed `<address>/<prefix>` entries are kept.
 */
export function machineNetworkCidrs(installConfig: string | undefined): string[] | undefined {
  if (installConfig === undefined) return undefined;
  let document: InstallConfig | null;
  try {
    document = parse(installConfig) as InstallConfig | null;
  } catch {
    return undefined;
  }
  const networking = document?.networking;
  const cidrs = [
    ...(Array.isArray(networking?.machineNetwork) ? networking.machineNetwork : []).map(
      (entry: { cidr?: unknown } | null) => entry?.cidr,
    ),
    networking?.machineCIDR,
  ].filter((cidr): cidr is string => typeof cidr === 'string' && subnetOf(cidr) !== undefined);
  return cidrs.length > 0 ? cidrs : undefined;
}

function subnetOf(
  cidr: string,
): { address: string; prefix: number; family: 'ipv4' | 'ipv6' } | undefined {
  const [address = '', prefixText = '', ...rest] = cidr.split('/');
  const version = isIP(address);
  const prefix = Number(prefixText);
  const max = version === 4 ? 32 : 128;
  if (rest.length > 0 || version === 0 || !/^\d{1,3}$/.test(prefixText) || prefix > max) {
    return undefined;
  }
  return { address, prefix, family: version === 4 ? 'ipv4' : 'ipv6' };
}

/** Whether `address` (IPv4 or IPv6) lies inside one of `cidrs`. */
export function insideNetworks(address: string, cidrs: readonly string[]): boolean {
  const version = isIP(address);
  if (version === 0) return false;
  const networks = new BlockList();
  for (const cidr of cidrs) {
    const subnet = subnetOf(cidr);
    if (subnet) networks.addSubnet(subnet.address, subnet.prefix, subnet.family);
  }
  return networks.check(address, version === 4 ? 'ipv4' : 'ipv6');
}
