// SSH preflight scaling: POST /api/v1/byoh/preflight for one host, then for 50, against the BYOH test
// peers (Debian's sshd on loopback, the simulated Windows shell). The 50 hosts are 50 DNS names of
// the peers' `good` host: the BFF resolves, probes, connects, authenticates and runs its commands for
// each one separately, and sshd serves every connection in a process of its own. Their verdicts fail
// on reverse DNS (one address has one PTR name); what is measured is how long reaching them takes.
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { PreflightLine } from '../server/contract/byoh';
import { apiPrefix } from '../server/contract/paths';
import { defaultByohSettings } from '../server/src/ssh/byoh-settings';
import type { KubeClient } from '../integration-tests/cluster/kube-client';
import { wmcoInstalledWithNodes } from '../integration-tests/cluster/scenarios/wmco-installed-with-nodes';
import { readClusterKey } from '../integration-tests/ssh-peers/cluster-key';
import { dnsServerAddress, startDnsServer } from '../integration-tests/ssh-peers/dns-server';
import { dnsDomain } from '../integration-tests/ssh-peers/host-profiles';
import { planTestPeers, startTestPeers } from '../integration-tests/ssh-peers/test-peers';
import type { PreflightScaling } from './report';

/** The most hosts one preflight request takes. */
const manyHosts = 50;
const requiredPrograms = ['/usr/sbin/sshd', '/usr/sbin/dnsmasq'];

export interface PreflightBench {
  /** What the BFF must be started with to reach the peers: their SSH port, the bench's DNS server. */
  bffEnv: Record<string, string>;
  measure(options: { bffUrl: string; token: string; admin: KubeClient }): Promise<PreflightScaling>;
}

/** Runs one preflight to its `end` line; resolves with its duration and each host's outcome. */
async function preflight(
  bffUrl: string,
  token: string,
  names: readonly string[],
): Promise<{ ms: number; outcomes: string[] }> {
  const started = performance.now();
  const response = await fetch(`${bffUrl}${apiPrefix}/byoh/preflight`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      hosts: names.map((address) => ({ address, username: 'Administrator' })),
    }),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 200)
    throw new Error(`preflight answered ${String(response.status)}: ${text}`);
  const lines = text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as PreflightLine);
  if (lines.at(-1)?.type !== 'end') throw new Error('the preflight stream ended without `end`');
  const outcomes = lines.flatMap((line) => (line.type === 'host' ? [line.outcome] : []));
  if (outcomes.length !== names.length)
    throw new Error(`${String(outcomes.length)} of ${String(names.length)} hosts reported`);
  return { ms, outcomes };
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
    async measure({ bffUrl, token, admin }) {
      const missing = requiredPrograms.filter((program) => !existsSync(program));
      if (missing.length > 0) return { measured: false, reason: `${missing.join(', ')} missing` };
      const key = await readClusterKey(admin, wmcoInstalledWithNodes.namespace);
      const peers = await startTestPeers(peerPlan, key.publicKey);
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
        const all = await preflight(bffUrl, token, many);
        return {
          measured: true,
          hosts: manyHosts,
          oneHostMs: one.ms,
          manyHostsMs: all.ms,
          parallelism: defaultByohSettings.parallelism,
          ratio: all.ms / one.ms,
          outcomes: countOf(all.outcomes),
        };
      } finally {
        await dns.stop();
        await peers.stop();
      }
    },
  };
}
