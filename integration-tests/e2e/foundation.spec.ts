import { windowsNav } from './console-nav';
import { expect, test } from './fixtures';

const pages = [
  { link: 'Overview', path: '/windows/overview', title: 'Windows overview' },
  {
    link: 'Install',
    path: '/windows/install',
    title: 'Install the Windows Machine Config Operator',
  },
  { link: 'MachineSets', path: '/windows/machinesets', title: 'Windows MachineSets' },
  { link: 'BYOH instances', path: '/windows/byoh', title: 'Bring-Your-Own-Host Windows instances' },
  { link: 'Workloads', path: '/windows/workloads', title: 'Windows workloads' },
  { link: 'Upgrades', path: '/windows/upgrades', title: 'WMCO upgrades' },
  { link: 'Nodes', path: '/windows/nodes', title: 'Windows nodes' },
];

test('the Overview shows the user name the BFF got from the real API server', async ({ page }) => {
  await page.goto('/windows/overview');
  await expect(page.getByRole('heading', { level: 1, name: 'Windows overview' })).toBeVisible();
  await expect(page.getByTestId('caller-identity')).toHaveText('Acting as admin');
});

test('a console signed in as the limited user acts as that user, down to the API server', async ({
  page,
  stack,
}) => {
  await page.goto(`${await stack.consoleUrlFor('limited')}/windows/overview`);
  await expect(page.getByTestId('caller-identity')).toHaveText('Acting as limited');
});

test('the Windows nav section, after Compute, reaches every page; each sets its tab title', async ({
  page,
}) => {
  await page.goto('/windows/overview');
  const sections = page.getByRole('button', { name: /^(Compute|Windows)$/ });
  await expect(sections.last()).toHaveText('Windows');
  const nav = await windowsNav(page);
  for (const { link, path, title } of pages) {
    await nav.getByRole('link', { name: link, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(`^${title} · `));
    await expect(page.getByTestId('caller-identity')).toHaveText('Acting as admin');
  }
});

test('the install page sits under the Overview, as the console’s operator installation does', async ({
  page,
}) => {
  await page.goto('/windows/install');
  const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(breadcrumb.getByRole('listitem')).toHaveText([
    'Windows overview',
    'Install the Windows Machine Config Operator',
  ]);
  await breadcrumb.getByRole('link', { name: 'Windows overview' }).click();
  await expect(page).toHaveURL(/\/windows\/overview$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Windows overview' })).toBeVisible();
});
