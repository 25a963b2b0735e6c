import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { resources } from '../../integration-tests/cluster/resources';
import { upgradeScenario } from '../../integration-tests/cluster/scenarios/upgrade';
import { stepWmcoUpgrade } from '../../integration-tests/cluster/simulators/wmco-upgrade-steps';
import { startUpgradeHarness, type UpgradeHarness } from './upgrades-harness';

let harness: UpgradeHarness;
const { namespace, budget } = upgradeScenario;

before(async () => {
  harness = await startUpgradeHarness('upgrade-pdb-blocked');
});

after(async () => {
  await harness.stop();
});

async function nodeInBudget() {
  const body = await harness.upgrades();
  const node = body.nodes.find((candidate) => candidate.name === budget.node);
  assert.ok(node);
  return { node, progress: body.progress };
}

test('a PodDisruptionBudget that allows no disruption blocks the drain, and the page names it', async () => {
  await harness.approveUpdate();
  const label = await stepWmcoUpgrade(harness.admin, namespace);
  assert.deepEqual([label?.node, label?.expected], [budget.node, 'cordoned']);
  assert.equal((await nodeInBudget()).node.state, 'cordoned', 'not blocked before the cordon');
  const cordon = await stepWmcoUpgrade(harness.admin, namespace);
  assert.equal(cordon?.expected, 'blocked', 'the API server refuses the eviction');
  assert.match(cordon.refused ?? '', /disruption budget/);

  const { node, progress } = await nodeInBudget();
  assert.equal(node.state, 'blocked');
  assert.deepEqual(node.reason, {
    code: 'drain-blocked-by-pdb',
    budgets: [`${budget.namespace}/${budget.name}`],
  });
  assert.deepEqual([progress.blocked, progress.done, progress.inProgress], [1, 0, undefined]);

  const drain = await stepWmcoUpgrade(harness.admin, namespace);
  assert.deepEqual([drain?.step, drain?.expected], ['drain', 'blocked'], 'the drain retries');
  assert.equal((await nodeInBudget()).node.state, 'blocked');
});

test('once the budget allows a disruption the drain goes on', async () => {
  await harness.admin.mergePatch(
    resources.podDisruptionBudgets,
    { name: budget.name, namespace: budget.namespace, subresource: 'status' },
    { status: { disruptionsAllowed: 1 } },
  );
  const drain = await stepWmcoUpgrade(harness.admin, namespace);
  assert.deepEqual([drain?.step, drain?.expected], ['drain', 'cordoned']);
  const { node } = await nodeInBudget();
  assert.equal(node.state, 'cordoned');
  assert.deepEqual(
    node.history.map((entry) => entry.state),
    ['waiting', 'cordoned', 'blocked', 'cordoned'],
  );
});
