// SSH preflight scaling: POST /api/v1/byoh/preflight for one host, then for 50, against the BYOH test
// peers (Debian's sshd on loopback, the simulated Windows shell). The hosts are DNS names of the
// peers' `good` host: the BFF resolves, probes, connects, authenticates and runs its commands for
// each one separately, and sshd serves every connection in a process of its own. Their verdicts fail
// on reverse DNS (one address has one PTR name); what is measured is how long reaching them takes.
// Measured twice: on loopback alone, and with every host behind a relay that adds a 30 ms round trip
// (as between a cluster and hosts in a nearby data centre), where 500 hosts are also checked at once
// (ten requests of 50, the most one takes). The CPU is split between the BFF and the peers: on this
// machine both share two cores, where in a cluster each host's sshd and shell run on the host.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { defaultByohSettings } from '../server/src/ssh/byoh-settings';
import type { KubeClient } from '../integration-tests/cluster/kube-client';
import { wmcoInstalledWithNodes } from '../integration-tests/cluster/scenarios/wmco-installed-with-nodes';
import { readClusterKey } from '../integration-tests/ssh-peers/cluster-key';
import { dnsServerAddress, startDnsServer } from '../integration-tests/ssh-peers/dns-server';
import { dnsDomain, hostProfiles } from '../integration-tests/ssh-peers/host-profiles';
import { streamPreflight } from '../integration-tests/ssh-peers/preflight-stream';
import { planTestPeers, startTestPeers } from '../integration-tests/ssh-peers/test-peers';
import { nodePorts } from '../server/src/domain/byoh/node-ports';
import { startLatencyRelay } from './latency-relay';
import { cpuSeconds } from './process-cpu';
import type { PreflightScaling } from './report';

/** The most hosts one preflight request takes. */
const manyHosts = 50;
/** Hosts checked at once behind the relay: ten requests of the most one takes. */
const fleetHosts = 500;
const roundTripMs = 30;
/** Where the relay listens in the peers' loopback block: an octet no host profile uses. */
const relayOctet = 200;
const requiredPrograms = ['/usr/sbin/sshd', '/usr/sbin/dnsmasq'];

/** Whether ssh2 encrypts with its native binding (built at install where a compiler is), else per packet in node's crypto. */
export function sshCryptoContext(): string {
  const { bindingAvailable } = createRequire(import.meta.url)('ssh2/lib/protocol/crypto.js') as {
    bindingAvailable: boolean;
  };
  return `ssh2's native crypto binding: ${bindingAvailable ? 'built' : 'not built (ciphers from node:crypto per packet)'}`;
}

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

/**
 * Runs one preflight to its `end` line; resolves with its duration, each host's outcome and how many
 * hosts the BFF logged in to (a host turned away fails early, and fast).
 */
async function preflight(
  bffUrl: string,
  token: string,
  names: readonly string[],
): Promise<{ ms: number; outcomes: string[]; logins: string[] }> {
  const { status, text, lines, arrivedAtMs } = await streamPreflight(bffUrl, token, names);
  if (status !== 200) throw new Error(`preflight answered ${String(status)}: ${text}`);
  if (lines.at(-1)?.type !== 'end') throw new Error('the preflight stream ended without `end`');
  const outcomes = lines.flatMap((line) => (line.type === 'host' ? [line.outcome] : []));
  if (outcomes.length !== names.length)
    throw new Error(`${String(outcomes.length)} of ${String(names.length)} hosts reported`);
  // `accepted`, or why not (`timeout`, `handshake`, …); a host not reached has no login line.
  const logins = lines.flatMap((line) =>
    line.type === 'check' && line.check.id === 'login' ? [line.check.code] : [],
  );
  return { ms: arrivedAtMs.at(-1) ?? 0, outcomes, logins };
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

/** In chunks of the most hosts one request takes. */
function requestsOf(names: readonly string[]): string[][] {
  return Array.from({ length: Math.ceil(names.length / manyHosts) }, (_, index) =>
    names.slice(index * manyHosts, (index + 1) * manyHosts),
  );
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
      const relayAddress = peerPlan.block.address(relayOctet);
      const relay = await startLatencyRelay({
        listen: relayAddress,
        upstream: peers.address('good'),
        ports: [peerPlan.settings.sshPort, ...nodePorts.map(({ port }) => port)],
        roundTripMs,
      });
      const name = (label: string) => `bench-${label}.${dnsDomain}`;
      const names = (prefix: string, count: number) =>
        Array.from({ length: count }, (_, index) => name(`${prefix}${String(index + 1)}`));
      const direct = { single: [name('single')], many: names('', manyHosts) };
      const relayed = {
        single: [name('far-single')],
        many: names('far-', manyHosts),
        fleet: names('fleet-', fleetHosts),
      };
      const record = (ip: string) => (host: string) => ({ name: host, ip, ptr: false });
      const dns = await startDnsServer(dnsServer, dnsDomain, [
        ...[name('warmup'), ...direct.single, ...direct.many].map(record(peers.address('good'))),
        ...[...relayed.single, ...relayed.many, ...relayed.fleet].map(record(relayAddress)),
      ]);
      const cpu = async () => ({
        bff: await cpuSeconds([bffPid]),
        // sshd with its reaped sessions and shells, and this process, which serves the simulated shell.
        peers: (await cpuSeconds(peers.sshdPids(), true)) + ownCpuSeconds(),
      });
      /** Each host list's preflights at once, with the CPU they took. */
      const timed = async (hosts: readonly string[]) => {
        const before = await cpu();
        const started = performance.now();
        const runs = await Promise.all(
          requestsOf(hosts).map((request) => preflight(bffUrl, token, request)),
        );
        const ms = performance.now() - started;
        // The last sessions' processes exit, and are reaped, just after the BFF closed them.
        await sleep(500);
        const after = await cpu();
        return {
          ms,
          outcomes: countOf(runs.flatMap((run) => run.outcomes)),
          logins: countOf(runs.flatMap((run) => run.logins)),
          cpuSeconds: { bff: after.bff - before.bff, peers: after.peers - before.peers },
        };
      };
      try {
        // Connections, the key read, JIT: nothing a single host's time should include.
        await preflight(bffUrl, token, [name('warmup')]);
        const one = await timed(direct.single);
        const all = await timed(direct.many);
        const farOne = await timed(relayed.single);
        const farMany = await timed(relayed.many);
        const farFleet = await timed(relayed.fleet);
        return {
          measured: true,
          hosts: manyHosts,
          oneHostMs: one.ms,
          manyHostsMs: all.ms,
          parallelism: defaultByohSettings.parallelism,
          ratio: all.ms / one.ms,
          outcomes: all.outcomes,
          cpuSeconds: all.cpuSeconds,
          overLatency: {
            roundTripMs,
            oneHostMs: farOne.ms,
            manyHostsMs: farMany.ms,
            ratio: farMany.ms / farOne.ms,
            manyLogins: farMany.logins,
            fleetHosts,
            fleetMs: farFleet.ms,
            fleetOutcomes: farFleet.outcomes,
            fleetLogins: farFleet.logins,
            fleetCpuSeconds: farFleet.cpuSeconds,
            bffCpuMsPerHost: (farFleet.cpuSeconds.bff * 1000) / fleetHosts,
          },
        };
      } finally {
        await dns.stop();
        await relay.close();
        await peers.stop();
      }
    },
  };
}
