// A session revoked while its pages stream: every open /events stream of that token ends with an
// `expired` event, and nothing more is sent on it; streams of other users go on.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { NodesResponse } from '../contract/nodes';
import type { OverviewResponse } from '../contract/overview';
import type { KubeClient } from '../../integration-tests/cluster/kube-client';
import {
  startLocalCluster,
  type LocalCluster,
} from '../../integration-tests/cluster/local-cluster';
import { resources } from '../../integration-tests/cluster/resources';
import {
  createRevocableUser,
  type RevocableUser,
} from '../../integration-tests/cluster/revocable-user';
import { wmcoInstalledWithNodes } from '../../integration-tests/cluster/scenarios/wmco-installed-with-nodes';
import { buildApp, type BffApp } from '../src/app';
import { userKubeConfig } from '../src/cluster/api/user-kube-config';
import { EventStreamClient } from './event-stream-client';
import { testConfig } from './test-config';

let cluster: LocalCluster;
let admin: KubeClient;
let app: BffApp;
let url: string;
let user: RevocableUser;

before(async () => {
  cluster = await startLocalCluster({ scenario: 'wmco-installed-with-nodes' });
  admin = cluster.adminClient();
  const connection = { server: cluster.server, caPem: cluster.caData };
  app = await buildApp(
    testConfig({
      cluster: connection,
      watchCache: { kubeConfig: userKubeConfig(connection, cluster.tokens.admin) },
    }),
  );
  url = await app.listen({ host: '127.0.0.1', port: 0 });
  user = await createRevocableUser(admin, 'session-user');
});

after(async () => {
  await app.close();
  admin.close();
  await cluster.stop();
});

/** Heartbeats come every 15 s and each asks whether the token still holds; the rest is slack for load. */
const expiryTimeoutMs = 40_000;

test('revoking a token ends its open streams with an `expired` event; other users stream on', async () => {
  const open = <T>(path: string, token: string) =>
    EventStreamClient.open<T>(`${url}/api/v1${path}/events`, token);
  const overview = await open<OverviewResponse>('/overview', user.token);
  const nodes = await open<NodesResponse>('/nodes', user.token);
  const others = await open<NodesResponse>('/nodes', cluster.tokens.admin);
  const node = wmcoInstalledWithNodes.nodes[0]?.name ?? '';
  try {
    await overview.until((document) => document.findings.length > 0, 15_000);
    await nodes.until((document) => document.nodes.length > 0, 15_000);
    await others.until((document) => document.nodes.length > 0, 15_000);
    const identity = await fetch(`${url}/api/v1/whoami`, {
      headers: { authorization: `Bearer ${user.token}` },
    });
    assert.equal(((await identity.json()) as { username: string }).username, user.username);

    await user.revoke();
    const revokedAt = performance.now();
    const [overviewEnd, nodesEnd] = await Promise.all(
      [overview, nodes].map(async (stream) => {
        const event = await stream.untilEvent('expired', expiryTimeoutMs);
        await stream.untilEnded(5000);
        return { event, seconds: (performance.now() - revokedAt) / 1000 };
      }),
    );
    console.log(
      `streams ended ${String(overviewEnd?.seconds.toFixed(1))} s and ${String(nodesEnd?.seconds.toFixed(1))} s after the revocation`,
    );
    for (const end of [overviewEnd, nodesEnd]) {
      assert.deepEqual(end?.event.data, { code: 'token-rejected', params: {} });
    }
    const eventsAfter = (stream: EventStreamClient<unknown>) =>
      stream.events.slice(stream.events.findIndex((event) => event.event === 'expired') + 1);
    assert.deepEqual(eventsAfter(nodes), [], 'nothing is sent after `expired`');

    // The admin's stream is untouched, and a change still reaches it.
    await admin.mergePatch(resources.nodes, { name: node }, { spec: { unschedulable: true } });
    await others.until(
      (document) => document.nodes.some((entry) => entry.name === node && !entry.schedulable),
      15_000,
    );
    assert.equal(others.ended, false);
    assert.deepEqual(eventsAfter(nodes), [], 'the revoked stream got nothing of the change');
  } finally {
    for (const stream of [overview, nodes, others]) stream.close();
    await admin.mergePatch(resources.nodes, { name: node }, { spec: { unschedulable: false } });
  }
});
