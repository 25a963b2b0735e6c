// Watches forced past etcd's compaction: the API server compacts every 2 s; the BFF is frozen (SIGSTOP)
// while the API server restarts, the cluster changes and etcd compacts past every resource version the
// BFF's watches hold. Thawed, its watches cannot resume (410 Gone): every cache lists afresh, and the
// open streams of the overview, nodes and upgrades pages carry, within 5 s, the same documents as a BFF
// reading straight from the API server.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import type { KubernetesObject } from '@kubernetes/client-node';
import { startBffProcess, type BffProcess } from '../../integration-tests/bff-process';
import { KubeApiError, type KubeClient } from '../../integration-tests/cluster/kube-client';
import {
  startLocalCluster,
  type LocalCluster,
} from '../../integration-tests/cluster/local-cluster';
import { resourcePath, resources } from '../../integration-tests/cluster/resources';
import { wmcoInstalledWithNodes } from '../../integration-tests/cluster/scenarios/wmco-installed-with-nodes';
import { waitFor } from '../../integration-tests/cluster/wait-for';
import { wmcoNames } from '../src/domain/wmco-names';
import { EventStreamClient } from './event-stream-client';

const compactionSeconds = 2;
const views = ['/overview', '/nodes', '/upgrades'] as const;
type View = (typeof views)[number];

let cluster: LocalCluster;
let admin: KubeClient;
let token: string;
let cached: BffProcess;
let direct: BffProcess;

before(async () => {
  cluster = await startLocalCluster({
    scenario: 'wmco-installed-with-nodes',
    apiServerFlags: [`--etcd-compaction-interval=${String(compactionSeconds)}s`],
  });
  token = cluster.tokens.admin;
  admin = cluster.adminClient();
  const kubeconfig = cluster.kubeconfigPath('admin');
  // The admin's token stands in for the service account of the shared watch cache.
  cached = await startBffProcess({ name: 'cached', kubeconfig, env: { WATCH_CACHE_TOKEN: token } });
  // Without a watch cache every read goes to the API server: the documents to compare against.
  direct = await startBffProcess({ name: 'direct', kubeconfig });
});

after(async () => {
  await Promise.all([cached.stop(), direct.stop()]);
  admin.close();
  await cluster.stop();
});

/** The shared cache's lists of `resource` so far (windows_nodes_bff_watch_cache_lists_total). */
async function lists(resource: string): Promise<number> {
  const text = await cached.metrics(token);
  const line = text
    .split('\n')
    .find((candidate) =>
      candidate.startsWith(`windows_nodes_bff_watch_cache_lists_total{resource="${resource}"}`),
    );
  return Number(line?.split(' ').at(-1) ?? 0);
}

async function directDocument(view: View): Promise<unknown> {
  const { status, body } = await direct.get(`/api/v1${view}`, token);
  assert.equal(status, 200, body);
  return JSON.parse(body);
}

/** A list of nodes exactly at `resourceVersion`: etcd answers 410 Gone once it compacted past it. */
async function listNodesAt(resourceVersion: string): Promise<number> {
  const query = `?resourceVersion=${resourceVersion}&resourceVersionMatch=Exact`;
  try {
    await admin.request('GET', resourcePath(resources.nodes, {}) + query);
    return 200;
  } catch (error) {
    if (error instanceof KubeApiError) return error.status;
    throw error;
  }
}

test('watches forced past compaction (410 Gone) relist; every stream shows a direct read within 5 s', async () => {
  await waitFor('the shared cache to list nodes', async () =>
    (await lists('nodes')) >= 1 ? true : undefined,
  );
  const streams = new Map<View, EventStreamClient<unknown>>();
  for (const view of views) {
    const stream = await EventStreamClient.open<unknown>(
      `${cached.url}/api/v1${view}/events`,
      token,
    );
    await stream.until(() => true, 30_000);
    streams.set(view, stream);
  }
  const { metadata } = await admin.request<{ metadata: { resourceVersion: string } }>(
    'GET',
    resourcePath(resources.nodes, {}),
  );
  const listsBefore = await lists('nodes');

  process.kill(cached.pid, 'SIGSTOP');
  const eventsWhileFrozen = new Map(views.map((view) => [view, streams.get(view)?.events.length]));
  try {
    await cluster.restartApiServer();
    // What only a fresh list can tell the frozen BFF: a node gone, another cordoned for its upgrade.
    const [gone, cordoned] = wmcoInstalledWithNodes.nodes.map((node) => node.name);
    await admin.request('DELETE', resourcePath(resources.nodes, { name: gone ?? '' }));
    await admin.mergePatch<KubernetesObject>(
      resources.nodes,
      { name: cordoned ?? '' },
      { metadata: { labels: { [wmcoNames.upgradingLabel]: 'true' } } },
    );
    await waitFor(
      'etcd to compact past the resource version the BFF last saw',
      async () => ((await listNodesAt(metadata.resourceVersion)) === 410 ? true : undefined),
      { timeoutMs: 10 * compactionSeconds * 1000, intervalMs: 500 },
    );
  } finally {
    process.kill(cached.pid, 'SIGCONT');
  }
  const thawed = performance.now();

  // A direct read and a stream's latest document, for each view, until they agree.
  const agree = async () => {
    const differing: string[] = [];
    for (const view of views) {
      const expected = await directDocument(view);
      if (!isDeepStrictEqual(streams.get(view)?.snapshots.at(-1), expected)) differing.push(view);
    }
    return differing;
  };
  let differing = await agree();
  while (differing.length > 0 && performance.now() - thawed < 5000) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    differing = await agree();
  }
  assert.deepEqual(differing, [], 'the streams carry what a direct read shows, within 5 s');
  for (const view of views) {
    const stream = streams.get(view);
    assert.ok(
      (stream?.events.length ?? 0) > (eventsWhileFrozen.get(view) ?? 0),
      `${view}: the stream spoke again`,
    );
    assert.equal(stream?.ended, false, `${view}: the stream stays open`);
  }
  console.log(
    `documents equal a direct read ${((performance.now() - thawed) / 1000).toFixed(1)} s after the thaw`,
  );
  assert.ok((await lists('nodes')) > listsBefore, 'the nodes cache listed afresh');
  for (const stream of streams.values()) stream.close();
});
