// Two BFF replicas at once, as the chart runs them: two processes of the production bundle, each with
// its own watch caches and write queue, serving one cluster. Spread over both at the same time: 100
// BYOH entry edits, SSH preflights pinning 40 host keys, and readers of the upgrade page recording
// every node's transitions while WMCO (played by the test) moves five nodes through an upgrade. Only
// the resourceVersion preconditions keep the replicas apart: nothing may be lost, nothing doubled.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { V1ConfigMap } from '@kubernetes/client-node';
import type { NodeUpgradeState, UpgradesResponse } from '../contract/upgrades';
import { startBffProcess, type BffProcess } from '../../integration-tests/bff-process';
import type { KubeClient } from '../../integration-tests/cluster/kube-client';
import { resources } from '../../integration-tests/cluster/resources';
import {
  createWithStatus,
  timestampSecondsAgo,
} from '../../integration-tests/cluster/scenarios/seed';
import {
  kubeletConditions,
  windowsNodeLabels,
} from '../../integration-tests/cluster/simulators/windows-kubelet';
import { waitFor } from '../../integration-tests/cluster/wait-for';
import {
  dnsServerAddress,
  startDnsServer,
  type DnsServer,
} from '../../integration-tests/ssh-peers/dns-server';
import { dnsDomain, hostProfiles } from '../../integration-tests/ssh-peers/host-profiles';
import { streamPreflight } from '../../integration-tests/ssh-peers/preflight-stream';
import { windowsAccount as user } from '../../integration-tests/ssh-peers/windows-account';
import { timelineConfigMap } from '../src/cluster/upgrades/upgrade-timeline-store';
import { wmcoNames } from '../src/domain/wmco-names';
import { byohNamespace as namespace, startByohHarness, type ByohHarness } from './byoh-harness';

let harness: ByohHarness<'good'>;
let admin: KubeClient;
let token: string;
let dns: DnsServer;
let replicas: [BffProcess, BffProcess];

/** DNS names of the `good` peer: each is a host of its own to the BFF, pinned under its own name. */
const pinnedNames = Array.from(
  { length: 40 },
  (_, index) => `pin-${String(index + 1)}.${dnsDomain}`,
);
/** Windows nodes of the harness's cluster (it has none), at WMCO's version, for the upgrade. */
const nodes = Array.from({ length: 5 }, (_, index) => `win-replicas-${String(index + 1)}`);
const previousVersion = '10.21.1-0a0b0c0';
/** The WMCO version the upgrade page says nodes are brought to (its newest windows-services). */
let target: string;

before(async () => {
  harness = await startByohHarness({ good: hostProfiles.good });
  ({ admin } = harness);
  token = harness.cluster.tokens.admin;
  const dnsServer = await dnsServerAddress();
  dns = await startDnsServer(
    dnsServer,
    dnsDomain,
    pinnedNames.map((name) => ({ name, ip: harness.peers.address('good'), ptr: false })),
  );
  const start = (name: string) =>
    startBffProcess({
      name,
      kubeconfig: harness.cluster.kubeconfigPath('admin'),
      env: {
        WATCH_CACHE_TOKEN: token,
        BYOH_DNS_SERVERS: dnsServer,
        BYOH_SSH_PORT: String(harness.peers.plan.settings.sshPort),
      },
    });
  replicas = [await start('replica A'), await start('replica B')];
  target = await waitFor('the upgrade page’s target version', async () => {
    const { status, body } = await replicas[0].get('/api/v1/upgrades', token);
    return status === 200
      ? (JSON.parse(body) as UpgradesResponse).operator.targetVersion
      : undefined;
  });
  for (const name of nodes) {
    await createWithStatus(admin, resources.nodes, {
      apiVersion: 'v1',
      kind: 'Node',
      metadata: {
        name,
        labels: windowsNodeLabels(name, '10.0.20348'),
        annotations: { [wmcoNames.versionAnnotation]: target },
      },
      status: { conditions: kubeletConditions(true, timestampSecondsAgo(3600)) },
    });
  }
});

after(async () => {
  await Promise.all(replicas.map((replica) => replica.stop()));
  await dns.stop();
  await harness.stop();
});

const replicaFor = (index: number) => replicas[index % 2] ?? replicas[0];

async function configMapData(name: string): Promise<Record<string, string>> {
  const configMap = await admin
    .get<V1ConfigMap & { metadata: object }>(resources.configMaps, name, namespace)
    .catch(() => undefined);
  return configMap?.data ?? {};
}

/** 50 adds and 50 removes of windows-instances entries, alternating between the replicas. */
async function editEntries(): Promise<{ added: string[]; failures: string[] }> {
  const old = Array.from({ length: 50 }, (_, index) => `127.99.0.${String(index + 1)}`);
  const added = Array.from({ length: 50 }, (_, index) => `127.99.1.${String(index + 1)}`);
  await admin.create(resources.configMaps, {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: wmcoNames.instancesConfigMap, namespace },
    data: Object.fromEntries(old.map((address) => [address, `username=${user}`])),
  });
  const answers = await Promise.all(
    added.flatMap((address, index) => [
      replicaFor(index).send('POST', '/api/v1/byoh/entries', token, { address, username: user }),
      replicaFor(index + 1).send('DELETE', `/api/v1/byoh/entries/${old[index] ?? ''}`, token),
    ]),
  );
  const failures = answers.filter(({ status }) => status !== 200).map(({ body }) => body);
  return { added, failures };
}

/** Preflights of five names each, alternating between the replicas: every name pinned on first use. */
async function pinHostKeys(): Promise<string[]> {
  const batches = Array.from({ length: 8 }, (_, index) =>
    pinnedNames.slice(index * 5, index * 5 + 5),
  );
  const runs = await Promise.all(
    batches.map((names, index) => streamPreflight(replicaFor(index).url, token, names)),
  );
  return runs
    .filter(({ status, lines }) => status !== 200 || lines.at(-1)?.type !== 'end')
    .map(({ text }) => text);
}

/** The upgrade states of every node each replica shows, by node. */
async function statesOn(replica: BffProcess): Promise<Map<string, NodeUpgradeState>> {
  const { status, body } = await replica.get('/api/v1/upgrades', token);
  assert.equal(status, 200, body);
  const upgrades = JSON.parse(body) as UpgradesResponse;
  return new Map(upgrades.nodes.map((node) => [node.name, node.state]));
}

/** What WMCO does to every node at one step of the upgrade, and the state the page then shows. */
const upgradeSteps = (): [NodeUpgradeState, object][] => [
  ['waiting', { metadata: { annotations: { [wmcoNames.versionAnnotation]: previousVersion } } }],
  ['cordoned', { metadata: { labels: { [wmcoNames.upgradingLabel]: 'true' } } }],
  ['reconfiguring', { metadata: { annotations: { [wmcoNames.versionAnnotation]: null } } }],
  [
    'rejoining',
    {
      metadata: { annotations: { [wmcoNames.versionAnnotation]: target } },
    },
  ],
  ['done', { metadata: { labels: { [wmcoNames.upgradingLabel]: null } } }],
];

/**
 * Ten readers (five per replica) read the upgrade page without pause, each read recording what it saw,
 * while the nodes move step by step; a step is taken once both replicas have shown the last one.
 */
async function upgradeWhileRead(): Promise<Map<string, NodeUpgradeState[]>> {
  const before = await statesOn(replicas[0]);
  let reading = true;
  const readers = Array.from({ length: 10 }, async (_, index) => {
    let reads = 0;
    while (reading) {
      await statesOn(replicaFor(index));
      reads += 1;
    }
    return reads;
  });
  assert.deepEqual(
    nodes.map((node) => before.get(node)),
    nodes.map(() => 'up-to-date'),
  );
  // An idle fleet records nothing: the timeline begins once a node waits.
  const expected = new Map(nodes.map((node): [string, NodeUpgradeState[]] => [node, []]));
  try {
    for (const [state, patch] of upgradeSteps()) {
      await Promise.all(
        nodes.map((node) => admin.mergePatch(resources.nodes, { name: node }, patch)),
      );
      for (const node of nodes) {
        const seen = expected.get(node) ?? [];
        if (seen.at(-1) !== state) seen.push(state);
      }
      let shown: Map<string, NodeUpgradeState>[] = [];
      await waitFor(
        `both replicas to show every node ${state}`,
        async () => {
          shown = await Promise.all(replicas.map(statesOn));
          return shown.every((states) => nodes.every((node) => states.get(node) === state))
            ? true
            : undefined;
        },
        { timeoutMs: 30_000, intervalMs: 50 },
      ).catch((error: unknown) => {
        throw new Error(`${String(error)}; shown: ${JSON.stringify(shown.map((s) => [...s]))}`);
      });
    }
  } finally {
    reading = false;
  }
  console.log(
    `upgrade page read ${String((await Promise.all(readers)).reduce((a, b) => a + b))} times`,
  );
  return expected;
}

test('two replicas: 100 entry edits, 40 host-key pins and an upgrade recorded at once — 0 lost, 0 doubled', async () => {
  const started = performance.now();
  const [entries, preflightFailures, expectedHistory] = await Promise.all([
    editEntries(),
    pinHostKeys(),
    upgradeWhileRead(),
  ]);
  console.log(`all of it on two replicas: ${((performance.now() - started) / 1000).toFixed(1)} s`);

  assert.deepEqual(entries.failures, [], 'every entry edit succeeded');
  const instances = await configMapData(wmcoNames.instancesConfigMap);
  assert.deepEqual(
    Object.keys(instances).sort(),
    [...entries.added].sort(),
    'entries: 0 lost, 0 left',
  );

  assert.deepEqual(preflightFailures, [], 'every preflight ran to its end');
  const pins = await configMapData(wmcoNames.sshHostKeysConfigMap);
  const hostKey = harness.peers.hostKey('good').split(' ')[1];
  assert.deepEqual(Object.keys(pins).sort(), [...pinnedNames].sort(), 'pins: 0 lost');
  assert.ok(
    Object.values(pins).every((key) => key === hostKey),
    'each pinned key is the host’s',
  );

  const timeline = JSON.parse(
    (await configMapData(timelineConfigMap))['timeline.json'] ?? '{}',
  ) as {
    nodes: Record<string, [NodeUpgradeState, string][]>;
  };
  for (const node of nodes) {
    const recorded = timeline.nodes[node]?.map(([state]) => state) ?? [];
    // The nodes are patched one by one: a read between two patches sees this one still up to date
    // while another already waits, and records that.
    const observedUpToDate = recorded[0] === 'up-to-date' ? ['up-to-date' as const] : [];
    assert.deepEqual(
      recorded,
      [...observedUpToDate, ...(expectedHistory.get(node) ?? [])],
      `${node}: every transition recorded once, in order`,
    );
  }
});
