import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { V1ConfigMap } from '@kubernetes/client-node';
import type { NodeUpgradeState, UpgradesResponse } from '../contract/upgrades';
import { resources } from '../../integration-tests/cluster/resources';
import { waitFor } from '../../integration-tests/cluster/wait-for';
import { upgradeScenario } from '../../integration-tests/cluster/scenarios/upgrade';
import { stepWmcoUpgrade } from '../../integration-tests/cluster/simulators/wmco-upgrade-steps';
import { KubeApi } from '../src/cluster/api/kube-api';
import { userKubeConfig } from '../src/cluster/api/user-kube-config';
import { WriteQueue } from '../src/cluster/writes/write-queue';
import {
  readTimeline,
  recordTimeline,
  timelineConfigMap,
} from '../src/cluster/upgrades/upgrade-timeline-store';
import { startUpgradeHarness, type UpgradeHarness } from './upgrades-harness';

let harness: UpgradeHarness;
const { namespace } = upgradeScenario;

before(async () => {
  harness = await startUpgradeHarness('upgrade');
});

after(async () => {
  await harness.stop();
});

const statesOf = (body: UpgradesResponse) =>
  Object.fromEntries(body.nodes.map((node) => [node.name, node.state]));

interface OlmObject {
  metadata: { name: string };
  spec: { approved: boolean; clusterServiceVersionNames: string[] };
  status?: { phase?: string };
}

test('before approval: 10.21.2 installed, 10.22.0 waits in a new Manual InstallPlan, nodes up to date', async () => {
  const { admin } = harness;
  const body = await waitFor('the pending InstallPlan of 10.22.0', async () => {
    const current = await harness.upgrades();
    return current.operator.availableUpdate && current.operator.pendingInstallPlan
      ? current
      : undefined;
  });
  assert.deepEqual(
    {
      ...body.operator,
      pendingInstallPlan: undefined,
      upgradeable: body.operator.upgradeable?.status,
    },
    {
      namespace,
      installedCSV: upgradeScenario.installedCsv,
      installedVersion: upgradeScenario.installedVersion,
      targetVersion: upgradeScenario.installedFullVersion,
      channel: 'stable',
      approval: 'Manual',
      availableUpdate: { csv: upgradeScenario.targetCsv, version: upgradeScenario.targetVersion },
      pendingInstallPlan: undefined,
      upgradeable: 'True',
    },
  );
  // The OLM simulator saw the channel head move past the installed CSV and planned the update.
  const plans = await admin.list<OlmObject & { kind?: string }>(resources.installPlans, {
    namespace,
  });
  const byCsv = Object.fromEntries(
    plans.map(
      (plan) => [plan.spec.clusterServiceVersionNames[0] ?? '', plan.status?.phase] as const,
    ),
  );
  assert.deepEqual(byCsv, {
    [upgradeScenario.installedCsv]: 'Complete',
    [upgradeScenario.targetCsv]: 'RequiresApproval',
  });
  assert.ok(body.nodes.every((node) => node.state === 'up-to-date'));
  assert.deepEqual([body.progress.done, body.progress.total], [5, 5]);
  const configMaps = await admin.list(resources.configMaps, { namespace });
  assert.ok(
    !configMaps.some((configMap) => configMap.metadata?.name === timelineConfigMap),
    'viewing an idle cluster writes nothing',
  );
});

test('the limited user reads what RBAC allows and writes nothing', async () => {
  const { status, body: answer } = await harness.call(
    'GET',
    '/api/v1/upgrades',
    harness.cluster.tokens.limited,
  );
  assert.equal(status, 200);
  const body = answer as UpgradesResponse;
  assert.ok(body.unreadable.includes('nodes'));
  assert.deepEqual(body.nodes, []);
});

test('approving the InstallPlan through /install/approve makes 10.22.0 the nodes’ target', async () => {
  const body = await harness.approveUpdate();
  assert.equal(body.operator.installedVersion, upgradeScenario.targetVersion);
  assert.equal(body.operator.availableUpdate, undefined);
  assert.ok(body.nodes.every((node) => node.state === 'waiting'));
  assert.deepEqual([body.progress.done, body.progress.total], [0, 5]);
});

test('scripted rollout: after every simulator step the BFF reports the simulator’s ground truth', async () => {
  const expected: Record<string, NodeUpgradeState> = Object.fromEntries(
    upgradeScenario.rollout.map((name) => [name, 'waiting']),
  );
  const order: string[] = [];
  let busySeen = false;
  let steps = 0;
  for (;;) {
    const transition = await stepWmcoUpgrade(harness.admin, namespace);
    if (!transition) break;
    steps += 1;
    expected[transition.node] = transition.expected;
    if (order.at(-1) !== transition.node) order.push(transition.node);
    const body = await harness.upgrades();
    const where = `after ${transition.node}: ${transition.step}`;
    assert.deepEqual(statesOf(body), expected, where);
    const working = body.nodes.filter((node) =>
      ['cordoned', 'draining', 'reconfiguring', 'rejoining'].includes(node.state),
    );
    assert.ok(working.length <= 1, `${where}: one node at a time`);
    assert.equal(body.progress.inProgress, working[0]?.name, where);
    busySeen ||= body.operator.upgradeable?.status === 'False';
  }
  assert.equal(steps, 5 * 9, 'nine steps per node');
  assert.deepEqual(order, upgradeScenario.rollout, 'each node once, in turn');
  assert.ok(busySeen, 'Upgradeable was False while WMCO was busy');

  const body = await harness.upgrades();
  assert.equal(body.operator.upgradeable?.status, 'True');
  assert.deepEqual([body.progress.done, body.progress.total], [5, 5]);
  assert.equal(body.progress.secondsLeft, 0);
  assert.equal(typeof body.progress.medianNodeSeconds, 'number');
  const history = (name: string) =>
    body.nodes.find((node) => node.name === name)?.history.map((entry) => entry.state);
  const { evictedPod } = upgradeScenario;
  assert.deepEqual(history(evictedPod.node), [
    'waiting',
    'cordoned',
    'draining',
    'cordoned',
    'reconfiguring',
    'rejoining',
    'done',
  ]);
  assert.deepEqual(history(upgradeScenario.rollout[0] ?? ''), [
    'waiting',
    'cordoned',
    'reconfiguring',
    'rejoining',
    'done',
  ]);
  const pods = await harness.admin.list(resources.pods, { namespace: evictedPod.namespace });
  assert.deepEqual(pods, [], 'the drain evicted the pod');
});

test('two replicas recording at once lose no transition', async () => {
  const read = () =>
    harness.admin.get<V1ConfigMap & { metadata: object }>(
      resources.configMaps,
      timelineConfigMap,
      namespace,
    );
  const stale = await read();
  // Each replica has its own API client and write queue: only the resourceVersion keeps them apart.
  const replica = () =>
    new KubeApi(
      userKubeConfig(
        { server: harness.cluster.server, caPem: harness.cluster.caData },
        harness.cluster.tokens.admin,
      ),
    );
  const [first, second] = upgradeScenario.rollout;
  const at = new Date().toISOString();
  const target = upgradeScenario.targetFullVersion;
  // Both start from the same resourceVersion: one write is refused, re-read and merged.
  const results = await Promise.all([
    recordTimeline(
      replica(),
      new WriteQueue(),
      namespace,
      stale,
      target,
      [{ node: first ?? '', state: 'failed' }],
      at,
      // Observing again after the refusal sees the same: each replica watches its own node move.
      () => Promise.resolve([{ node: first ?? '', state: 'failed' }]),
    ),
    recordTimeline(
      replica(),
      new WriteQueue(),
      namespace,
      stale,
      target,
      [{ node: second ?? '', state: 'blocked' }],
      at,
      // Observing again after the refusal sees the same: each replica watches its own node move.
      () => Promise.resolve([{ node: second ?? '', state: 'blocked' }]),
    ),
  ]);
  assert.ok(results.every((result) => result.writable));
  const timeline = readTimeline(await read());
  assert.ok(timeline);
  assert.deepEqual(timeline.nodes[first ?? '']?.at(-1), ['failed', at]);
  assert.deepEqual(timeline.nodes[second ?? '']?.at(-1), ['blocked', at]);
});
