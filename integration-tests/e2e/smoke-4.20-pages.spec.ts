// Smoke test of the 4.19–4.21 build in the console 4.20 (React 17, react-router 5): every page, reached
// from the console's nav, renders with the cluster's data; a Windows node's diagnostics read its
// kubelet log.
import { wmcoInstalledWithNodes as truth } from '../cluster/scenarios/wmco-installed-with-nodes';
import { windowsNav } from './console-nav';
import { expect, test } from './fixtures';

test.use({ scenario: 'wmco-installed-with-nodes' });

test('every Windows page renders with the cluster’s data', async ({ page }) => {
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

  await open('Nodes', 'Windows nodes');
  await expect(page.getByTestId('nodes-table').locator('tbody tr')).toHaveCount(truth.nodes.length);

  await open('Diagnostics', 'Diagnostics');
  const node = truth.nodes[0]?.name ?? '';
  await page.getByTestId('joins-table').getByRole('link', { name: node, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Windows node ${node}` })).toBeVisible();
  await expect(page.getByTestId('service-kubelet')).toBeVisible();
  await page.getByRole('tab', { name: 'Logs' }).click();
  await expect(page.getByTestId('log-lines')).toContainText('"Kubelet version"');
});
