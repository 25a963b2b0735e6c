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

test('switching to the limited user changes the identity the API server reports', async ({
  page,
}) => {
  await page.goto('/windows/overview');
  await expect(page.getByTestId('caller-identity')).toHaveText('Acting as admin');
  await page.getByRole('combobox', { name: 'User' }).selectOption('limited');
  await expect(page.getByTestId('caller-identity')).toHaveText('Acting as limited');
});

test('the Windows nav section reaches every page, each rendering its title', async ({ page }) => {
  await page.goto('/windows/overview');
  const nav = page.getByRole('navigation');
  for (const { link, path, title } of pages) {
    await nav.getByRole('link', { name: link, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByTestId('caller-identity')).toHaveText('Acting as admin');
  }
});
