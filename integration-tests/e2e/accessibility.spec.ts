// An axe-core scan of every Windows page, tab, wizard step and dialog in the real console: no violation of
// moderate or higher impact in what the plugin renders.
import { expect, type Page } from '@playwright/test';
import { wmcoInstalledWithNodes as truth } from '../cluster/scenarios/wmco-installed-with-nodes';
import { expectNoAccessibilityViolations } from './accessibility';
import { test } from './fixtures';

test.use({ scenario: 'wmco-installed-with-nodes' });

const node = truth.nodes[0]?.name ?? '';

/** Each page (or tab) with what shows it has its data. */
const views: { path: string; ready: (page: Page) => Promise<void> }[] = [
  {
    path: '/windows/overview',
    ready: (page) =>
      expect(page.getByTestId('card-nodes')).toContainText(String(truth.nodes.length)),
  },
  {
    path: '/windows/install',
    ready: (page) => expect(page.getByTestId('install-stage')).toHaveText('Installed'),
  },
  {
    path: '/windows/machinesets',
    ready: (page) =>
      expect(
        page.getByTestId(`machineset-${truth.windowsMachineSet.name}`).getByTestId('ready'),
      ).toHaveText(String(truth.windowsMachineSet.readyReplicas)),
  },
  {
    path: '/windows/byoh',
    ready: (page) =>
      expect(page.getByTestId(`instance-${Object.keys(truth.byohInstances)[0]}`)).toBeVisible(),
  },
  ...['runtime-classes', 'sample', 'checker'].map((tab) => ({
    path: `/windows/workloads?tab=${tab}`,
    ready: (page: Page) =>
      expect(page.getByRole('tab', { selected: true })).toHaveAttribute('aria-selected', 'true'),
  })),
  {
    path: '/windows/upgrades',
    ready: (page) => expect(page.getByTestId('wmco-installed')).toContainText(truth.version),
  },
  {
    path: '/windows/nodes',
    ready: (page) =>
      expect(page.getByTestId('nodes-table').locator('tbody tr')).toHaveCount(truth.nodes.length),
  },
  ...['inventory', 'compatibility', 'replacement'].map((tab) => ({
    path: `/windows/lifecycle?tab=${tab}`,
    ready: (page: Page) =>
      expect(page.getByRole('tab', { selected: true })).toHaveAttribute('aria-selected', 'true'),
  })),
  {
    path: '/windows/diagnostics',
    ready: (page) =>
      expect(page.getByTestId('joins-table').getByRole('link', { name: node })).toBeVisible(),
  },
  {
    path: `/windows/diagnostics/nodes/${node}/services`,
    ready: (page) => expect(page.getByTestId('services-source')).toContainText('Logs read at'),
  },
  ...['logs', 'join'].map((tab) => ({
    path: `/windows/diagnostics/nodes/${node}/${tab}`,
    ready: (page: Page) =>
      expect(page.getByRole('heading', { level: 1, name: `Windows node ${node}` })).toBeVisible(),
  })),
];

for (const view of views) {
  test(view.path, async ({ page }) => {
    await page.goto(view.path);
    await view.ready(page);
    await expectNoAccessibilityViolations(page, view.path);
  });
}

test('every dialog', async ({ page }) => {
  const open = async (path: string, button: string, dialogName: string) => {
    await page.goto(path);
    await page.getByRole('button', { name: button, exact: true }).first().click();
    await expect(page.getByRole('dialog', { name: dialogName })).toBeVisible();
    await expectNoAccessibilityViolations(page, `${path}: ${dialogName}`);
  };
  await open('/windows/byoh', 'Add instance', 'Add a BYOH instance');
  await open('/windows/install', 'Rotate key', 'Rotate the SSH key');
  // The confirmation counts what the new key reaches, from the cluster's own objects.
  const machineNodes = truth.nodes.filter((each) => each.source === 'MachineSet').length;
  const byohHosts = Object.keys(truth.byohInstances).length;
  await expect(page.getByTestId('rotate-key-reach')).toContainText(
    `${String(machineNodes)} Machine-backed Windows nodes are deleted and recreated by WMCO`,
  );
  await expect(page.getByTestId('rotate-key-reach')).toContainText(
    `${String(byohHosts)} BYOH hosts lose access until you add the new public key`,
  );
  await expect(page.getByLabel('Key type')).toBeVisible();

  await page.goto('/windows/machinesets');
  const name = truth.windowsMachineSet.name;
  await page
    .getByTestId(`machineset-${name}`)
    .getByRole('button', { name: `Actions for ${name}`, exact: true })
    .click();
  await expectNoAccessibilityViolations(page, '/windows/machinesets: a row’s actions menu');
  await page.getByRole('menuitem', { name: 'Scale' }).click();
  await expect(page.getByTestId('scale-machineset')).toBeVisible();
  await expectNoAccessibilityViolations(page, '/windows/machinesets: Scale');
});
