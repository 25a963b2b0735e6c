// The BYOH test peers: one simulated Windows host per profile, each on its own loopback address with
// its own sshd, host key and DNS records, each wrong in one way WMCO cares about (issue 6); and hosts
// that fail the BFF itself (issue 9).
import type { HostFacts } from '../../server/src/domain/byoh/host-facts';
import { nodePorts } from '../../server/src/domain/byoh/node-ports';
import { defaultByohSettings } from '../../server/src/ssh/byoh-settings';
import { vsphereDefaultVxlan } from '../cluster/scenarios/vsphere-default-vxlan';

/** What the simulated Windows shell answers for one host. */
export interface ShellProfile {
  /** The default shell sshd runs commands with. */
  shell: 'cmd' | 'powershell';
  facts: HostFacts;
  /** The host fails while running the host-facts command: it never answers, or the session dies. */
  hostFactsFault?: 'hang' | 'kill-session';
  /** The host-facts command takes this long, as PowerShell's first start on a busy host may. */
  hostFactsDelayMs?: number;
  /** The names the host's own DNS client resolves, with their address (any other name does not). */
  resolves: Record<string, string>;
}

export interface HostProfile extends ShellProfile {
  name: string;
  /** The host's address is `<loopback block>.<octet>`. */
  octet: number;
  /**
   * What answers on the SSH port: sshd; nothing (refused); a listener that never sends a byte; or sshd
   * behind a relay that black-holes the connection once a command hangs.
   */
  ssh: 'sshd' | 'none' | 'silent' | 'sshd-black-holed-on-hang';
  /** Whose public key is in the account's authorized_keys: cloud-private-key's, or another one. */
  authorizedKey: 'cluster' | 'other';
  /** DNS: `win-<name>.byoh.test` resolves to the host; with `ptr`, the address resolves back. */
  ptr: boolean;
  /** Something listens on 10250 and 9182 (a configured node would; a fresh host refuses). */
  listening: boolean;
}

export const dnsDomain = 'byoh.test';

/** The internal API name of the BYOH tests' vSphere cluster, which a vSphere BYOH host must resolve. */
export const clusterApiInt = `api-int.${vsphereDefaultVxlan.clusterDomain}`;

/** Files in each host's directory, shared by the harness and the simulated shell. */
export const hostFiles = {
  profile: 'profile.json',
  commands: 'commands.log',
  createdRules: 'firewall-rules.json',
} as const;
const allRules = nodePorts.map(({ rule }) => rule);

function facts(hostname: string, overrides: Partial<HostFacts> = {}): HostFacts {
  return {
    build: '10.0.20348.2340',
    hostname,
    adapters: 1,
    containerd: false,
    firewallRules: allRules,
    ...overrides,
  };
}

function profile(name: string, octet: number, overrides: Partial<HostProfile> = {}): HostProfile {
  return {
    name,
    octet,
    ssh: 'sshd',
    shell: 'cmd',
    facts: facts(`win-${name}`),
    authorizedKey: 'cluster',
    ptr: true,
    listening: true,
    resolves: { [clusterApiInt]: '192.168.10.5' },
    ...overrides,
  };
}

export const hostProfiles = {
  good: profile('good', 11),
  powershell: profile('powershell', 12, { shell: 'powershell' }),
  ws2019: profile('ws2019', 13, { facts: facts('win-ws2019', { build: '10.0.17763.6414' }) }),
  containerd: profile('containerd', 14, { facts: facts('win-containerd', { containerd: true }) }),
  twoNics: profile('two-nics', 15, { facts: facts('win-two-nics', { adapters: 2 }) }),
  firewall: profile('firewall', 16, {
    facts: facts('win-firewall', { firewallRules: [] }),
    listening: false,
  }),
  wrongKey: profile('wrong-key', 17, { authorizedKey: 'other' }),
  badName: profile('bad-name', 18, { facts: facts('WIN_HOST18'), ptr: false }),
  /** The test pins another key for it first. */
  rekeyed: profile('rekeyed', 19),
  noSshd: profile('no-sshd', 20, { ssh: 'none', listening: false }),
  /** Its DNS servers know nothing of the cluster (guide 5.3.2.2 not done). */
  noApiInt: profile('no-api-int', 21, { resolves: {} }),
} satisfies Record<string, HostProfile>;

export type ProfileName = keyof typeof hostProfiles;

/**
 * Hosts that fail the BFF itself mid-way (issue 9), each to be reported in time and let go of; and one
 * that is merely slow, answering only after a dead connection would have been given up on.
 */
export const faultProfiles = {
  silent: profile('silent', 31, { ssh: 'silent', listening: false }),
  blackHoled: profile('black-holed', 32, {
    ssh: 'sshd-black-holed-on-hang',
    hostFactsFault: 'hang',
    listening: false,
  }),
  sessionKilled: profile('session-killed', 33, { hostFactsFault: 'kill-session' }),
  slow: profile('slow', 34, {
    hostFactsDelayMs: 3 * defaultByohSettings.keepaliveIntervalMs + 1000,
  }),
} satisfies Record<string, HostProfile>;

export type FaultProfileName = keyof typeof faultProfiles;

/** The host's name in the test DNS. */
export function dnsNameOf(host: HostProfile): string {
  return `win-${host.name}.${dnsDomain}`;
}
