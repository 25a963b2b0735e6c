import type { Locator, Page } from '@playwright/test';
import { largeScenario } from '../cluster/scenarios/large';
import { expect, test } from './fixtures';

// 2,000 Windows nodes on 100 MachineSets and 500 BYOH entries: every list holds one page of rows while
// its counts, filters and sort cover the whole fleet, and its state lives in the URL.
test.use({ scenario: 'large' });
// Pages of 2,000 nodes load in seconds on a loaded 2-core machine; a test visits several.
test.describe.configure({ timeout: 120_000 });

const fleet = { timeout: 30_000 };

/** The list around a table: its toolbar, pagination and filters. */
function listOf(page: Page, id: string): Locator {
  return page.getByTestId(`${id}-list`);
}

async function filterText(list: Locator, text: string): Promise<void> {
  await list.getByTestId('list-filter').locator('input').fill(text);
}

/** Picks an attribute filter and ticks one of its options. */
async function filterBy(page: Page, list: Locator, attribute: string, option: string) {
  await list.getByTestId('filter-category').first().click();
  await page.getByRole('option', { name: attribute, exact: true }).click();
  await list.getByTestId('attribute-filter').first().click();
  await page.getByTestId(`filter-option-${option}`).click();
  await page.keyboard.press('Escape');
}

function firstCells(table: Locator): Locator {
  return table.locator(':scope > tbody > tr > td:nth-child(1)');
}

test('Nodes: 2,000 nodes 50 at a time; filters, sort and pages cover them all and survive a reload', async ({
  page,
}) => {
  const total = largeScenario.nodes.length;
  const notReady = largeScenario.nodes.filter((node) => !node.ready).length;
  await page.goto('/windows/nodes');
  const list = listOf(page, 'nodes');
  const table = page.getByTestId('nodes-table');
  await expect(table.locator('tbody tr')).toHaveCount(50, fleet);
  await expect(list.getByTestId('pagination')).toContainText(`of ${String(total)}`);
  // Names sort like numbers: 128-4 first, 135-253 last (plain string order would put 135-99 last).
  await expect(firstCells(table).first()).toHaveText('ip-10-0-128-4.ec2.internal');
  await table.getByRole('button', { name: 'Name' }).click();
  await expect(firstCells(table).first()).toHaveText('ip-10-0-135-253.ec2.internal');
  await expect(page).toHaveURL(/sortBy=name&orderBy=desc/);

  await filterText(list, 'ip-10-0-131-');
  await expect(list.getByTestId('pagination')).toContainText('of 250');
  await list.getByTestId('filter-category').click();
  await page.getByRole('option', { name: 'Status', exact: true }).click();
  await list.getByTestId('attribute-filter').click();
  // Counts are the fleet's, whatever the text filter.
  await expect(page.getByTestId('filter-option-not-ready')).toContainText(String(notReady));
  await page.getByTestId('filter-option-not-ready').click();
  await page.keyboard.press('Escape');
  await expect(table.locator('tbody tr')).toHaveCount(5);
  await expect(table.locator('tbody tr').first()).toContainText('Not Ready');
  await expect(page).toHaveURL(/name=ip-10-0-131-.*status=not-ready/);

  await page.reload();
  await expect(table.locator('tbody tr')).toHaveCount(5, fleet);
  await expect(list.getByTestId('list-filter').locator('input')).toHaveValue('ip-10-0-131-');
  await expect(firstCells(table).first()).toHaveText('ip-10-0-131-253.ec2.internal');

  await list.getByRole('button', { name: 'Clear all filters' }).first().click();
  await expect(list.getByTestId('pagination')).toContainText(`of ${String(total)}`);
  await list.getByTestId('pagination').getByRole('button', { name: 'Go to next page' }).click();
  await expect(table.locator('tbody tr')).toHaveCount(50);
  await expect(page).toHaveURL(/page=2/);
  await expect(firstCells(table).first()).toHaveText('ip-10-0-135-203.ec2.internal');
});

test('Nodes: column management adds a column and keeps it; a kebab leads to the node’s MachineSet', async ({
  page,
}) => {
  await page.goto('/windows/nodes');
  const table = page.getByTestId('nodes-table');
  await expect(table.locator('tbody tr')).toHaveCount(50, fleet);
  await expect(table.getByRole('columnheader', { name: 'Addresses' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Manage columns' }).click();
  const dialog = page.getByRole('dialog', { name: 'Manage columns' });
  await expect(dialog.getByLabel('Name')).toBeDisabled();
  await dialog.getByLabel('Addresses').check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(table.getByRole('columnheader', { name: 'Addresses' })).toBeVisible();
  await page.reload();
  await expect(table.getByRole('columnheader', { name: 'Addresses' })).toBeVisible(fleet);

  const [node] = largeScenario.nodes;
  if (!node) throw new Error('the scenario has no nodes');
  await table.getByRole('button', { name: `Actions for ${node.name}`, exact: true }).click();
  await page.getByRole('menuitem', { name: 'Show MachineSet' }).click();
  await expect(page).toHaveURL(new RegExp(`/windows/machinesets\\?name=${node.origin}$`));
  await expect(page.locator('[data-test^="machineset-"]')).toHaveCount(1, fleet);
  await expect(page.getByTestId(`machineset-${node.origin}`)).toBeVisible();
});

test('MachineSets: 100 sets start folded; a set unfolds into its machines, a list of its own', async ({
  page,
}) => {
  await page.goto('/windows/machinesets');
  const sets = page.locator('tbody[data-test^="machineset-"]');
  await expect(sets).toHaveCount(50, fleet);
  await expect(page.getByTestId('machines-table')).toHaveCount(0);
  const list = listOf(page, 'machinesets');
  await expect(list.getByTestId('pagination').first()).toContainText('of 100');

  await filterText(list, 'windows-0');
  await expect(sets).toHaveCount(10);
  const table = page.getByTestId('machinesets-table');
  await table.getByRole('button', { name: 'Name' }).click();
  const filtered = largeScenario.machineSets.filter((name) => name.includes('windows-0'));
  await expect(sets.first()).toHaveAttribute('data-test', `machineset-${filtered.at(-1) ?? ''}`);
  await expect(page).toHaveURL(/name=windows-0&sortBy=name&orderBy=desc/);

  // The third set holds the fleet's first NotReady node (one node in 50 is NotReady).
  const chosen = filtered[2] ?? '';
  const set = page.getByTestId(`machineset-${chosen}`);
  await set.getByRole('button', { name: 'Details' }).click();
  const machines = set.getByTestId('machines-table');
  await expect(machines.locator('tbody tr')).toHaveCount(10);
  const machineList = set.getByTestId('machines-list');
  await expect(machineList.getByTestId('pagination')).toContainText('of 20');
  await machineList
    .getByTestId('pagination')
    .getByRole('button', { name: 'Go to next page' })
    .click();
  await expect(machines.locator('tbody tr')).toHaveCount(10);
  await filterBy(page, machineList, 'Node status', 'not-ready');
  const notReady = largeScenario.nodes.filter((node) => node.origin === chosen && !node.ready);
  expect(notReady.length).toBeGreaterThan(0);
  await expect(machines.locator('tbody tr')).toHaveCount(notReady.length);
  await expect(machines.getByTestId('node-status')).toHaveText(notReady.map(() => 'Not Ready'));
});

test('BYOH: 500 entries 50 at a time; the preflight takes what the filters leave, at most 50', async ({
  page,
}) => {
  const addresses = Object.keys(largeScenario.byohEntries);
  await page.goto('/windows/byoh');
  const table = page.getByTestId('byoh-instances');
  await expect(table.locator('tbody tr')).toHaveCount(50, fleet);
  const list = listOf(page, 'byoh-instances');
  await expect(list.getByTestId('pagination')).toContainText(`of ${String(addresses.length)}`);
  await expect(firstCells(table).first()).toHaveText('10.1.40.4');
  await table.getByRole('button', { name: 'Address' }).click();
  await expect(firstCells(table).first()).toHaveText('10.1.41.253');

  const preflightAll = page.getByRole('button', { name: 'Preflight all' });
  await expect(preflightAll).toHaveAttribute('aria-disabled', 'true');
  await filterText(list, '10.1.41.5');
  const matching = addresses.filter((address) => address.includes('10.1.41.5')).length;
  const preflightMatching = page.getByRole('button', {
    name: `Preflight ${String(matching)} matching`,
  });
  await expect(preflightMatching).toBeEnabled();
  await expect(preflightMatching).not.toHaveAttribute('aria-disabled', 'true');
  await expect(list.getByTestId('pagination')).toContainText(`of ${String(matching)}`);
  await filterBy(page, list, 'Last preflight', 'never');
  await expect(list.getByTestId('pagination')).toContainText(`of ${String(matching)}`);
  await expect(page).toHaveURL(/preflight=never/);
});

test('Upgrades: a count per state above the list; each count filters the 2,000 nodes', async ({
  page,
}) => {
  await page.goto('/windows/upgrades');
  const summary = page.getByTestId('state-summary');
  const table = page.getByTestId('upgrade-nodes');
  await expect(table.locator('tbody tr')).toHaveCount(50, fleet);
  const states = await summary.locator('button').allInnerTexts();
  const counts = states.map((text) => Number(/(\d+)$/.exec(text)?.[1]));
  expect(counts.reduce((sum, count) => sum + count, 0)).toBe(largeScenario.nodes.length);

  const toggle = summary.locator('button').last();
  const [state, count] = [await toggle.innerText(), counts.at(-1) ?? 0];
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(listOf(page, 'upgrade-nodes').getByTestId('pagination')).toContainText(
    `of ${String(count)}`,
  );
  await expect(page).toHaveURL(/state=/);
  const shown = await table.locator('tbody tr').count();
  expect(shown).toBe(Math.min(50, count));
  await expect(table.getByTestId('node-state').first()).toHaveText(state.split(':')[0] ?? '');
});
