import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { OverviewResponse } from '../contract/overview';
import { KubeClient } from '../../integration-tests/cluster/kube-client';
import {
  startLocalCluster,
  type LocalCluster,
} from '../../integration-tests/cluster/local-cluster';
import { resources } from '../../integration-tests/cluster/resources';
import { wmcoInstalledWithNodes } from '../../integration-tests/cluster/scenarios/wmco-installed-with-nodes';
import { waitFor } from '../../integration-tests/cluster/wait-for';
import { buildApp, type BffApp } from '../src/app';
import { userKubeConfig } from '../src/cluster/api/user-kube-config';
import { EventStreamClient } from './event-stream-client';
import { testConfig } from './test-config';

let cluster: LocalCluster;
let app: BffApp;
let admin: KubeClient;
let url: string;
let token: string;

before(async () => {
  cluster = await startLocalCluster({ scenario: 'wmco-installed-with-nodes' });
  token = cluster.tokens.admin;
  const connection = { server: cluster.server, caPem: cluster.caData };
  app = await buildApp(
    testConfig({
      cluster: connection,
      watchCache: { kubeConfig: userKubeConfig(connection, token) },
    }),
  );
  url = await app.listen({ host: '127.0.0.1', port: 0 });
  admin = new KubeClient({ server: cluster.server, caData: cluster.caData, token });
});

after(async () => {
  admin.close();
  await app.close();
  await cluster.stop();
});

async function get<T>(path: string): Promise<{ status: number; body: T; text: string }> {
  const response = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const text = await response.text();
  return {
    status: response.status,
    body: (text.startsWith('{') ? JSON.parse(text) : text) as T,
    text,
  };
}

/** A counter of the BFF's metrics, by its full name and labels (0 before it was first counted). */
async function metric(series: string): Promise<number> {
  const { text } = await get<string>('/metrics');
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return Number(line?.split(' ')[1] ?? 0);
}

const derivations = () => metric('windows_nodes_bff_view_derivations_total{view="overview"}');
const kept = () => metric('windows_nodes_bff_view_documents_total{view="overview",result="kept"}');

test('50 open overview streams and one change: one derivation, and every stream gets the GET’s document', async () => {
  // Every read of the overview served by the caches (the caller's own informers included).
  const before = await waitFor(
    'the overview to be sent from a kept document',
    async () => {
      const keptBefore = await kept();
      const overview = await get<OverviewResponse>('/api/v1/overview');
      return (await kept()) > keptBefore ? overview.body : undefined;
    },
    { timeoutMs: 15_000, intervalMs: 100 },
  );

  const streams = await Promise.all(
    Array.from({ length: 50 }, () =>
      EventStreamClient.open<OverviewResponse>(`${url}/api/v1/overview/events`, token),
    ),
  );
  try {
    for (const stream of streams) {
      assert.deepEqual(await stream.until(() => true, 10_000), before, 'the kept document');
    }
    assert.equal(await metric('windows_nodes_bff_event_streams'), 50);
    const derivedBefore = await derivations();

    await admin.mergePatch(
      resources.configMaps,
      { name: 'windows-instances', namespace: wmcoInstalledWithNodes.namespace },
      { data: { '10.1.42.77': 'username=Administrator' } },
    );
    const changed = (document: OverviewResponse) =>
      document.counts.byohEntries === before.counts.byohEntries + 1;
    const received = await Promise.all(streams.map((stream) => stream.until(changed, 10_000)));

    assert.equal(await derivations(), derivedBefore + 1, 'one derivation for all 50 streams');
    const { status, body: fromGet } = await get<OverviewResponse>('/api/v1/overview');
    assert.equal(status, 200);
    for (const document of received) assert.deepEqual(document, fromGet);
    assert.equal(await derivations(), derivedBefore + 1, 'the GET sends the same document again');
    for (const stream of streams) {
      assert.equal(
        stream.snapshots.filter(changed).length,
        1,
        'each stream got the changed document once, and nothing derived before the change after it',
      );
      assert.ok(!changed(stream.snapshots.at(-2) ?? before));
    }
  } finally {
    for (const stream of streams) stream.close();
  }
  await waitFor('the streams to close', async () =>
    (await metric('windows_nodes_bff_event_streams')) === 0 ? true : undefined,
  );
});
