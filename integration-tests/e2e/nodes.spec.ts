import { KubeClient } from '../cluster/kube-client';
import { resources } from '../cluster/resources';
import { wmcoInstalledWithNodes } from '../cluster/scenarios/wmco-installed-with-nodes';
import { expect, test } from './fixtures';

test.use({ scenario: 'wmco-installed-with-nodes' });

test('the nodes page lists the 5 Windows nodes with their sources and versions', async ({
  page,
}) => {
  await page.goto('/windows/nodes');
  const rows = page.getByTestId('nodes-table').locator('tbody tr');
  await expect(rows).toHaveCount(wmcoInstalledWithNodes.nodes.length);
  for (const node of wmcoInstalledWithNodes.nodes) {
    const row = page.getByTestId(`node-${node.name}`);
    await expect(row).toContainText(node.source === 'BYOH' ? 'BYOH' : 'MachineSet');
    await expect(row).toContainText(node.origin);
    await expect(row).toContainText(node.wmcoVersion);
    await expect(row).toContainText(node.ready ? 'Ready' : 'Not Ready');
  }
});

test('a node turned NotReady in the API server shows within 2 seconds, without reload', async ({
  page,
  stack,
}) => {
  const target = wmcoInstalledWithNodes.nodes.find((node) => node.ready);
  if (!target) throw new Error('the scenario has no Ready node');
  await page.goto('/windows/nodes');
  const row = page.getByTestId(`node-${target.name}`);
  await expect(row).toContainText('Ready');
  await expect(row).not.toContainText('Not Ready');

  const client = new KubeClient({
    server: stack.cluster.server,
    caData: stack.cluster.caData,
    token: stack.cluster.tokens.admin,
  });
  try {
    const node = await client.get<{
      metadata: { name: string };
      status: { conditions: { type: string; status: string }[] };
    }>(resources.nodes, target.name);
    const conditions = node.status.conditions.map((condition) =>
      condition.type === 'Ready'
        ? { ...condition, status: 'False', reason: 'KubeletNotReady', message: 'test' }
        : condition,
    );
    let navigations = 0;
    page.on('framenavigated', () => (navigations += 1));
    const changed = Date.now();
    await client.mergePatch(
      resources.nodes,
      { name: target.name, subresource: 'status' },
      { status: { conditions } },
    );
    await expect(row).toContainText('Not Ready', { timeout: 2000 });
    console.log(`NotReady shown ${Date.now() - changed} ms after the API server write`);
    expect(navigations).toBe(0);
  } finally {
    client.close();
  }
});

test('the overview counts the nodes and flags the NotReady and older ones', async ({ page }) => {
  await page.goto('/windows/overview');
  await expect(page.getByTestId('card-nodes')).toContainText('5');
  await expect(page.getByTestId('finding-nodes-older-wmco')).toBeVisible();
  await expect(page.getByTestId('finding-nodes-not-ready')).toBeVisible();
});

test('the list works from the keyboard: the filter, a sort header, a row’s menu', async ({
  page,
}) => {
  await page.goto('/windows/nodes');
  const table = page.getByTestId('nodes-table');
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(wmcoInstalledWithNodes.nodes.length);

  await page.getByLabel('Filter by name, address, build or version').focus();
  await page.keyboard.type('win-byoh');
  await expect(rows).toHaveCount(2);
  const name = table.getByRole('button', { name: 'Name' });
  await name.focus();
  await page.keyboard.press('Enter');
  await expect(rows.first()).toHaveAttribute('data-test', 'node-win-byoh-02');

  // A menu opened from the keyboard takes the focus to its first item; Escape gives it back.
  const menu = table.getByRole('button', { name: 'Actions for win-byoh-02' });
  await menu.focus();
  await page.keyboard.press('Enter');
  const first = page.getByRole('menuitem', { name: 'Show BYOH instance' });
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Show upgrade state' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menuitem')).toHaveCount(0);
  await expect(menu).toBeFocused();
  await menu.press('Enter');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/windows\/byoh\?name=10\.1\.42\.12$/);
  await expect(page.getByTestId('byoh-instances').locator('tbody tr')).toHaveCount(1);
});
