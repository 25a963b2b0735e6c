import { expect, type Page } from '@playwright/test';
import { wmcoInstalledWithNodes as truth } from '../cluster/scenarios/wmco-installed-with-nodes';
import { windowsNav } from './console-nav';

/**
 * Opens every Windows page from the console's nav, starting on the overview, and waits on each for the
 * `wmco-installed-with-nodes` cluster's data; ends on the nodes page.
 */
export async function walkEveryPage(page: Page): Promise<void> {
  await page.goto('/windows/overview');
  await expect(page.getByTestId('card-nodes')).toContainText(String(truth.nodes.length));
  const nav = await windowsNav(page);
  const open = async (link: string, heading: string) => {
    await nav.getByRole('link', { name: link, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(`^${heading} · `));
  };

  await open('Install', 'Install the Windows Machine Config Operator');
  await expect(page.getByTestId('install-stage')).toHaveText('Installed');

  await open('MachineSets', 'Windows MachineSets');
  const machineSet = page.getByTestId(`machineset-${truth.windowsMachineSet.name}`);
  await expect(machineSet.getByTestId('ready')).toHaveText(
    String(truth.windowsMachineSet.readyReplicas),
  );

  await open('BYOH instances', 'Bring-Your-Own-Host Windows instances');
  for (const address of Object.keys(truth.byohInstances))
    await expect(page.getByTestId(`instance-${address}`)).toBeVisible();

  await open('Workloads', 'Windows workloads');
  for (const build of new Set(truth.nodes.map((node) => node.build)))
    await expect(page.getByTestId(`build-${build}`)).toBeVisible();

  await open('Upgrades', 'WMCO upgrades');
  await expect(page.getByTestId('wmco-installed')).toContainText(truth.version);

  await open('Lifecycle', 'Lifecycle');
  for (const build of new Set(truth.nodes.map((node) => node.build)))
    await expect(page.getByTestId(`build-group-${build}`)).toBeVisible();

  await open('Nodes', 'Windows nodes');
  await expect(page.getByTestId('nodes-table').locator('tbody tr')).toHaveCount(truth.nodes.length);
}
