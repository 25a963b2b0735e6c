// Browser tests of BYOH: the e2e fixtures plus the BYOH test peers, whose DNS server and SSH port the
// stack's BFF is configured with before it starts. The peers trust the scenario's cloud-private-key.
import { test as base } from '../e2e/fixtures';
import { KubeClient } from '../cluster/kube-client';
import { startStack } from '../stack';
import { readClusterKey, type ClusterKey } from './cluster-key';
import { hostProfiles } from './host-profiles';
import { planTestPeers, startTestPeers, type PeerPlan, type TestPeers } from './test-peers';

const wmcoNamespace = 'openshift-windows-machine-config-operator';

interface PeerFixtures {
  peerPlan: PeerPlan;
  clusterKey: ClusterKey;
  peers: TestPeers;
}

export const test = base.extend<object, PeerFixtures>({
  // A new plan with every new stack (`isolation`), so each gets peers of its own.
  peerPlan: [
    async ({ isolation: _isolation }, use) => {
      await use(await planTestPeers());
    },
    { scope: 'worker' },
  ],
  stack: [
    async ({ scenario, consoleKind, peerPlan }, use) => {
      const stack = await startStack({ scenario, console: consoleKind, byoh: peerPlan.settings });
      await use(stack);
      await stack.stop();
    },
    { scope: 'worker', timeout: 180_000 },
  ],
  clusterKey: [
    async ({ stack }, use) => {
      const admin = new KubeClient({
        server: stack.cluster.server,
        caData: stack.cluster.caData,
        token: stack.cluster.tokens.admin,
      });
      try {
        await use(await readClusterKey(admin, wmcoNamespace));
      } finally {
        admin.close();
      }
    },
    { scope: 'worker' },
  ],
  peers: [
    async ({ peerPlan, clusterKey }, use) => {
      const peers = await startTestPeers(peerPlan, clusterKey.publicKey, hostProfiles);
      await use(peers);
      await peers.stop();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
});

export { expect } from '@playwright/test';
