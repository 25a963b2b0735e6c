// SSH preflight scaling: POST /api/v1/byoh/preflight for one host, then for 50, against the BYOH test
// peers (Debian's sshd on loopback, the simulated Windows shell). The 50 hosts are 50 DNS names of
// the peers' `good` host: the BFF resolves, probes, connects, authenticates and runs its commands for
// each one separately, and sshd serves every connection in a process of its own. Their verdicts fail
// on reverse DNS (one address has one PTR name); what is measured is how long reaching them takes.
// The CPU the 50-host run took is split between the BFF and the peers: on this machine both share two
// cores, where in a cluster each host's sshd and shell run on the host.
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { defaultByohSettings } from '../server/src/ssh/byoh-settings';
import type { KubeClient } from '../integration-tests/cluster/kube-client';
import { wmcoInstalledWithNodes } from '../integration-tests/cluster/scenarios/wmco-installed-with-nodes';
import { readClusterKey } from '../integration-tests/ssh-peers/cluster-key';
import { dnsServerAddress, startDnsServer } from '../integration-tests/ssh-peers/dns-server';
import { dnsDomain, hostProfiles } from '../integration-tests/ssh-peers/host-profiles';
import { streamPreflight } from '../integration-tests/ssh-peers/preflight-stream';
import { planTestPeers, startTestPeers } from '../integration-tests/ssh-peers/test-peers';
import { cpuSeconds } from './process-cpu';
import type { PreflightScaling } from './report';

/** The most hosts one preflight request takes. */
const manyHosts = 50;
const requiredPrograms = ['/usr/sbin/sshd', '/usr/sbin/dnsmasq'];

export interface PreflightBench {
  /** What the BFF must be started with to reach the peers: their SSH port, the bench's DNS server. */
  bffEnv: Record<string, string>;
  measure(options: {
    bffUrl: string;
    bffPid: number;
    token: string;
    admin: KubeClient;
  }): Promise<PreflightScaling>;
}

/** Runs one preflight to its `end` line; resolves with its duration and each host's outcome. */
async function preflight(
  bffUrl: string,
  token: string,
  names: readonly string[],
): Promise<{ ms: number; outcomes: string[] }> {
  const { status, text, lines, arrivedAtMs } = await streamPreflight(bffUrl, token, names);
  if (status !== 200) throw new Error(`preflight answered ${String(status)}: ${text}`);
  if (lines.at(-1)?.type !== 'end') throw new Error('the preflight stream ended without `end`');
  const outcomes = lines.flatMap((line) => (line.type === 'host' ? [line.outcome] : []));
  if (outcomes.length !== names.length)
    throw new Error(`${String(outcomes.length)} of ${String(names.length)} hosts reported`);
  return { ms: arrivedAtMs.at(-1) ?? 0, outcomes };
}

function ownCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

function countOf(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

export async function planPreflightBench(): Promise<PreflightBench> {
  const peerPlan = await planTestPeers();
  const dnsServer = await dnsServerAddress();
  return {
    bffEnv: { BYOH_DNS_SERVERS: dnsServer, BYOH_SSH_PORT: String(peerPlan.settings.sshPort) },
    async measure({ bffUrl, bffPid, token, admin }) {
      const missing = requiredPrograms.filter((program) => !existsSync(program));
      if (missing.length > 0) return { measured: false, reason: `${missing.join(', ')} missing` };
      const key = await readClusterKey(admin, wmcoInstalledWithNodes.namespace);
      const peers = await startTestPeers(peerPlan, key.publicKey, { good: hostProfiles.good });
      const name = (label: string) => `bench-${label}.${dnsDomain}`;
      const many = Array.from({ length: manyHosts }, (_, index) => name(String(index + 1)));
      const dns = await startDnsServer(
        dnsServer,
        dnsDomain,
        [name('warmup'), name('single'), ...many].map((host) => ({
          name: host,
          ip: peers.address('good'),
          ptr: false,
        })),
      );
      try {
        // Connections, the key read, JIT: nothing a single host's time should include.
        await preflight(bffUrl, token, [name('warmup')]);
        const one = await preflight(bffUrl, token, [name('single')]);
        const cpu = async () => ({
          bff: await cpuSeconds([bffPid]),
          // sshd with its reaped sessions and shells, and this process, which serves the simulated shell.
          peers: (await cpuSeconds(peers.sshdPids(), true)) + ownCpuSeconds(),
        });
        const before = await cpu();
        const all = await preflight(bffUrl, token, many);
        // The last sessions' processes exit, and are reaped, just after the BFF closed them.
        await sleep(500);
        const after = await cpu();
        return {
          measured: true,
          hosts: manyHosts,
          oneHostMs: one.ms,
          manyHostsMs: all.ms,
          parallelism: defaultByohSettings.parallelism,
          ratio: all.ms / one.ms,
          outcomes: countOf(all.outcomes),
          cpuSeconds: { bff: after.bff - before.bff, peers: after.peers - before.peers },
        };
      } finally {
        await dns.stop();
        await peers.stop();
      }
    },
  };
}
