// The BYOH integration tests' common ground: a vSphere cluster with WMCO installed, the BYOH test peers of
// the given profiles trusting its cloud-private-key, and BFFs configured for them.
import type { CheckResult, PreflightLine } from '../contract/byoh';
import { KubeClient } from '../../integration-tests/cluster/kube-client';
import {
  startLocalCluster,
  type LocalCluster,
} from '../../integration-tests/cluster/local-cluster';
import { wmcoInstalledWithNodes } from '../../integration-tests/cluster/scenarios/wmco-installed-with-nodes';
import { readClusterKey, type ClusterKey } from '../../integration-tests/ssh-peers/cluster-key';
import type { HostProfile } from '../../integration-tests/ssh-peers/host-profiles';
import {
  planTestPeers,
  startTestPeers,
  type TestPeers,
} from '../../integration-tests/ssh-peers/test-peers';
import { buildApp, type BffApp, type BuildAppOptions } from '../src/app';
import { testConfig } from './test-config';

export const byohNamespace = wmcoInstalledWithNodes.namespace;

export interface ByohHarness<Name extends string> {
  cluster: LocalCluster;
  admin: KubeClient;
  clusterKey: ClusterKey;
  peers: TestPeers<Name>;
  /** A BFF with the production BYOH defaults, pointed at the peers' DNS and SSH port. */
  buildBff(options?: BuildAppOptions): Promise<BffApp>;
  stop(): Promise<void>;
}

export async function startByohHarness<Name extends string>(
  profiles: Record<Name, HostProfile>,
): Promise<ByohHarness<Name>> {
  const cluster = await startLocalCluster({ scenario: 'vsphere-wmco-installed' });
  const admin = new KubeClient({
    server: cluster.server,
    caData: cluster.caData,
    token: cluster.tokens.admin,
  });
  const clusterKey = await readClusterKey(admin, byohNamespace);
  const plan = await planTestPeers();
  const peers = await startTestPeers(plan, clusterKey.publicKey, profiles);
  const config = testConfig({
    cluster: { server: cluster.server, caPem: cluster.caData },
    byoh: plan.settings,
  });
  return {
    cluster,
    admin,
    clusterKey,
    peers,
    buildBff: (options) => buildApp(config, options),
    async stop() {
      await peers.stop();
      admin.close();
      await cluster.stop();
    },
  };
}

/** Each address's checks by id, from a preflight's lines. */
export function checksByAddress(lines: PreflightLine[]): Map<string, Map<string, CheckResult>> {
  const result = new Map<string, Map<string, CheckResult>>();
  for (const line of lines) {
    if (line.type !== 'check') continue;
    const checks = result.get(line.address) ?? new Map<string, CheckResult>();
    checks.set(line.check.id, line.check);
    result.set(line.address, checks);
  }
  return result;
}
