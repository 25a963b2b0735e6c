import type { CheckResult } from '../../../contract/byoh';

/**
 * The ports WMCO needs open on a BYOH host besides SSH, with the Windows firewall rule that opens each:
 * kubelet (logs, exec; the guide's `ContainerLogsPort`) and windows_exporter (metrics).
 */
export const nodePorts = [
  { port: 10250, rule: 'ContainerLogsPort' },
  { port: 9182, rule: 'WindowsExporterMetricsPort' },
] as const;

export type NodePort = (typeof nodePorts)[number]['port'];

/**
 * What a TCP connection attempt from the BFF saw: `open` (accepted), `closed` (refused: the host answered,
 * nothing listens yet; kubelet only exists once WMCO configured the host), `filtered` (no answer in time).
 */
export type PortProbe = 'open' | 'closed' | 'filtered';

/**
 * TCP 10250 and 9182 must reach the host. A refusal proves the path is open, since nothing listens before
 * WMCO installs kubelet, when the host's firewall rules are known to be there. Missing rules can be created
 * over SSH (remediable); anything else is in the network between.
 */
export function judgeNodePorts(
  probes: ReadonlyMap<NodePort, PortProbe>,
  firewallRules: readonly string[] | undefined,
): CheckResult {
  const missingRules = nodePorts.filter(
    ({ rule }) => firewallRules && !firewallRules.includes(rule),
  );
  const notOpen = nodePorts.filter(({ port }) => probes.get(port) !== 'open');
  const filtered = nodePorts.filter(({ port }) => probes.get(port) === 'filtered');
  const ports = (list: readonly { port: number }[]) => list.map(({ port }) => port).join(', ');
  if (notOpen.length === 0) return { id: 'node-ports', status: 'pass', code: 'open' };
  if (missingRules.length > 0) {
    return {
      id: 'node-ports',
      status: 'fail',
      code: 'firewall-rule-missing',
      params: {
        ports: ports(missingRules),
        rules: missingRules.map(({ rule }) => rule).join(', '),
      },
      remediable: true,
    };
  }
  if (filtered.length > 0) {
    return {
      id: 'node-ports',
      status: 'fail',
      code: 'filtered',
      params: { ports: ports(filtered) },
    };
  }
  return firewallRules
    ? {
        id: 'node-ports',
        status: 'pass',
        code: 'open-not-listening',
        params: { ports: ports(notOpen) },
      }
    : {
        id: 'node-ports',
        status: 'warn',
        code: 'closed-rules-unknown',
        params: { ports: ports(notOpen) },
      };
}
