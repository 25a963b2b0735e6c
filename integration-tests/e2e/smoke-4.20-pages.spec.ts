// Smoke test of the 4.19–4.21 build in the console 4.20 (React 17, react-router 5): every page, reached
// from the console's nav, renders with the cluster's data.
import { expect } from '@playwright/test';
import { windowsNav } from './console-nav';
import { walkEveryPage } from './every-page';
import { test } from './fixtures';

test.use({ scenario: 'wmco-installed-with-nodes' });

test('every Windows page renders with the cluster’s data', async ({ page }) => {
  await walkEveryPage(page);

  // A tab is kept in the address through react-router 5's compatibility layer.
  await (await windowsNav(page)).getByRole('link', { name: 'Lifecycle', exact: true }).click();
  await page.getByRole('tab', { name: 'Workload compatibility' }).click();
  await expect(page).toHaveURL(/[?&]tab=compatibility/);
});
