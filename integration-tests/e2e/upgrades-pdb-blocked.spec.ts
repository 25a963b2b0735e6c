import { upgradeScenario } from '../cluster/scenarios/upgrade';
import { expect, test } from './fixtures';
import { approvePendingUpdate } from './upgrades-approval';

test.use({ scenario: 'upgrade-pdb-blocked' });

test('a drain stopped by a PodDisruptionBudget shows the node blocked, naming the budget', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { budget } = upgradeScenario;
  await approvePendingUpdate(page, upgradeScenario.targetFullVersion);
  const row = page.getByTestId(`upgrade-node-${budget.node}`);
  await expect(row).toHaveAttribute('data-state', 'blocked', { timeout: 30_000 });
  await expect(row.getByTestId('node-state')).toHaveText('Blocked');
  await expect(row.getByTestId('node-reason')).toContainText(
    `PodDisruptionBudget ${budget.namespace}/${budget.name}`,
  );
  const stalled = page.getByTestId('upgrade-stalled');
  await expect(stalled).toContainText(`Stalled since`);
  await expect(stalled).toContainText(`on ${budget.node}`);
  await expect(stalled.getByTestId('upgrade-stalled-reason')).toContainText(
    `PodDisruptionBudget ${budget.namespace}/${budget.name}`,
  );
  await expect(stalled).toContainText('1 blocked');
  await expect(stalled.getByRole('button', { name: 'Node events' })).toBeVisible();
  await expect(page.getByTestId('upgrade-eta')).toHaveText(
    'Not counted while the upgrade is stalled',
  );
  await expect(page.locator('[data-test^="upgrade-node-"][data-state="waiting"]')).toHaveCount(4);
  await expect(page.getByTestId('wmco-upgradeable')).toContainText('WMCO is busy');
});
