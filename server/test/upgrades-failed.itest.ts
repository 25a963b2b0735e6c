import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { upgradeScenario } from '../../integration-tests/cluster/scenarios/upgrade';
import {
  stepWmcoUpgrade,
  type UpgradeTransition,
} from '../../integration-tests/cluster/simulators/wmco-upgrade-steps';
import { startUpgradeHarness, type UpgradeHarness } from './upgrades-harness';

let harness: UpgradeHarness;
const { namespace, neverReturns } = upgradeScenario;

before(async () => {
  harness = await startUpgradeHarness('upgrade-node-never-returns');
});

after(async () => {
  await harness.stop();
});

test('a node that never comes back is failed in WMCO’s words, and the rollout halts', async () => {
  await harness.approveUpdate();
  let transition: UpgradeTransition | undefined;
  do {
    transition = await stepWmcoUpgrade(harness.admin, namespace, { neverReturns });
    // Sampled after each step, as the page would be.
    await harness.upgrades();
  } while (transition && transition.expected !== 'failed');
  assert.equal(transition?.node, neverReturns);

  const body = await harness.upgrades();
  const failed = body.nodes.find((node) => node.name === neverReturns);
  assert.equal(failed?.state, 'failed');
  assert.equal(failed.reason?.code, 'setup-failed');
  assert.match(failed.reason.message ?? '', /configuration failed: timed out waiting for node/);
  assert.deepEqual(
    failed.history.map((entry) => entry.state),
    ['waiting', 'cordoned', 'draining', 'cordoned', 'reconfiguring', 'failed'],
  );
  assert.deepEqual(
    body.nodes.map((node) => node.state),
    ['done', 'failed', 'waiting', 'waiting', 'waiting'],
  );
  assert.deepEqual([body.progress.done, body.progress.failed], [1, 1]);
  assert.equal(body.operator.upgradeable?.status, 'False', 'WMCO stays busy');
  assert.equal(
    await stepWmcoUpgrade(harness.admin, namespace, { neverReturns }),
    undefined,
    'WMCO goes no further',
  );
});
