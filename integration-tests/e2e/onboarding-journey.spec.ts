import { awsWindowsAmis } from '../cluster/simulators/cloud-instances';
import { windowsNav } from './console-nav';
import { expect, test } from './fixtures';
import { Journey } from './journey';

test.use({ scenario: 'aws-fresh', isolation: 'onboarding-journey' });

const maximumClicks = 25;
const machineSet = 'winlab-7xk2p-windows-worker-us-east-1a';

test('onboarding a fresh AWS cluster: install WMCO, a Windows MachineSet, a RuntimeClass, a sample workload', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const journey = new Journey();

  await page.goto('/windows/overview');
  await expect(page.getByTestId('readiness')).toContainText('Action needed');
  await journey.click(
    page.getByTestId('finding-wmco-not-installed').getByRole('link', { name: 'Install WMCO' }),
  );

  const installWizard = page.getByTestId('install-wizard');
  await expect(installWizard.getByTestId('prerequisites-ok')).toBeVisible();
  for (let step = 0; step < 3; step += 1)
    await journey.click(installWizard.getByRole('button', { name: 'Next' }));
  await journey.click(installWizard.getByRole('button', { name: 'Install' }));
  await expect(installWizard.getByTestId('install-headline')).toHaveText('Installed', {
    timeout: 30_000,
  });

  // The console shows its nav sections collapsed: opening Windows is a click of its own.
  const nav = await windowsNav(page, (toggle) => journey.click(toggle));
  await journey.click(nav.getByRole('link', { name: 'MachineSets', exact: true }));
  await journey.click(page.getByRole('button', { name: 'Create Windows MachineSet' }));
  const machineSetWizard = page.getByTestId('machineset-wizard');
  await journey.click(machineSetWizard.getByRole('button', { name: 'Next' }));
  await expect(machineSetWizard.locator('#machineset-replicas')).toHaveValue('1');
  await journey.click(machineSetWizard.getByRole('button', { name: 'Next' }));
  await journey.type(machineSetWizard.locator('#machineset-ami'), awsWindowsAmis['2022']);
  await journey.click(machineSetWizard.getByRole('button', { name: 'Next' }));
  await journey.click(machineSetWizard.getByRole('button', { name: 'Create', exact: true }));
  const created = page.getByTestId(`machineset-${machineSet}`);
  await expect(created.getByTestId('node-status')).toHaveText(['Ready'], { timeout: 30_000 });

  await journey.click(nav.getByRole('link', { name: 'Workloads', exact: true }));
  const build = page.getByTestId('build-10.0.20348');
  await journey.click(page.getByRole('button', { name: 'Create RuntimeClass' }));
  await journey.click(
    page
      .getByRole('dialog', { name: 'Create RuntimeClass' })
      .getByRole('button', { name: 'Create', exact: true }),
  );
  await expect(build.getByTestId('build-ready')).toContainText('windows2022');

  await journey.click(page.getByRole('tab', { name: 'Sample workload' }));
  const sample = page.getByTestId('sample-form');
  await journey.type(sample.getByLabel('Namespace'), 'default');
  await journey.click(sample.getByRole('button', { name: 'Preview YAML' }));
  await journey.click(sample.getByRole('button', { name: 'Create', exact: true }));
  await expect(page.getByTestId('sample-created')).toContainText('win-webserver');

  console.log(
    `onboarding journey: ${String(journey.clicks)} clicks, ${String(journey.typedFields)} typed fields (limit ${String(maximumClicks)} clicks)`,
  );
  expect(journey.clicks).toBeLessThanOrEqual(maximumClicks);
});
