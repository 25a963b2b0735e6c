// Smoke test of the 4.19–4.21 build in the console 4.20 (React 17, react-router 5): every page, reached
// from the console's nav, renders with the cluster's data; a Windows node's diagnostics read its
// kubelet log.
import { expect } from '@playwright/test';
import { wmcoInstalledWithNodes as truth } from '../cluster/scenarios/wmco-installed-with-nodes';
import { windowsNav } from './console-nav';
import { walkEveryPage } from './every-page';
import { test } from './fixtures';

test.use({ scenario: 'wmco-installed-with-nodes' });

test('every Windows page renders with the cluster’s data', async ({ page }) => {
  await walkEveryPage(page);
  const nav = await windowsNav(page);

  // A tab is kept in the address through react-router 5's compatibility layer.
  await nav.getByRole('link', { name: 'Lifecycle', exact: true }).click();
  await page.getByRole('tab', { name: 'Workload compatibility' }).click();
  await expect(page).toHaveURL(/[?&]tab=compatibility/);

  // A route with parameters (useParams through the same layer).
  await nav.getByRole('link', { name: 'Diagnostics', exact: true }).click();
  const node = truth.nodes[0]?.name ?? '';
  await page.getByTestId('joins-table').getByRole('link', { name: node, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Windows node ${node}` })).toBeVisible();
  await expect(page.getByTestId('service-kubelet')).toBeVisible();
  await page.getByRole('tab', { name: 'Logs' }).click();
  await expect(page.getByTestId('log-lines')).toContainText('"Kubelet version"');
});
