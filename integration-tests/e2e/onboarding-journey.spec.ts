import { awsWindowsAmis } from '../cluster/simulators/cloud-instances';
import { expect, test } from './fixtures';
import { Journey } from './journey';

test.use({ scenario: 'aws-fresh', isolation: 'onboarding-journey' });

const maximumClicks = 15;
const maximumTypedFields = 2;
const machineSet = 'winlab-7xk2p-windows-worker-us-east-1a';

function viewportText(size: { width: number; height: number } | null): string {
  return size ? `${String(size.width)}x${String(size.height)}` : 'unknown';
}

test('onboarding a fresh AWS cluster: install WMCO, a Windows MachineSet, a RuntimeClass, a sample workload', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const journey = new Journey();

  await page.goto('/windows/overview');
  await expect(page.getByTestId('readiness')).toContainText('Action needed');
  // The way in: the readiness banner's next step, at the top of the Overview.
  await journey.primary(
    page.getByTestId('readiness').getByRole('button', { name: 'Next: install WMCO' }),
  );

  const installWizard = page.getByTestId('install-wizard');
  await expect(installWizard.locator('#install-wizard-title')).toBeFocused();
  await expect(installWizard.getByTestId('prerequisites-ok')).toBeVisible();
  for (let step = 0; step < 3; step += 1)
    await journey.primary(installWizard.getByRole('button', { name: 'Next' }));
  await journey.primary(installWizard.getByRole('button', { name: 'Install' }));
  await expect(installWizard.getByTestId('install-headline')).toHaveText('Installed', {
    timeout: 30_000,
  });

  // Each stage hands over to the next: the install to the MachineSet wizard, and so on.
  await journey.primary(page.getByRole('button', { name: 'Next: create a Windows MachineSet' }));
  await expect(page).toHaveURL(/\/windows\/machinesets\?wizard=create$/);
  const machineSetWizard = page.getByTestId('machineset-wizard');
  await expect(machineSetWizard.locator('#machineset-wizard-title')).toBeFocused();
  await journey.primary(machineSetWizard.getByRole('button', { name: 'Next' }));
  await expect(machineSetWizard.locator('#machineset-replicas')).toHaveValue('1');
  await journey.primary(machineSetWizard.getByRole('button', { name: 'Next' }));
  await journey.type(machineSetWizard.locator('#machineset-ami'), awsWindowsAmis['2022']);
  await journey.primary(machineSetWizard.getByRole('button', { name: 'Next' }));
  await journey.primary(machineSetWizard.getByRole('button', { name: 'Create', exact: true }));
  const created = page.getByTestId(`machineset-${machineSet}`);
  await expect(created.getByTestId('node-status')).toHaveText(['Ready'], { timeout: 30_000 });

  await journey.primary(
    page
      .getByTestId('machineset-created')
      .getByRole('button', { name: 'Next: create a RuntimeClass for its Windows build' }),
  );
  const build = page.getByTestId('build-10.0.20348');
  await journey.primary(
    page
      .getByRole('dialog', { name: 'Create RuntimeClass' })
      .getByRole('button', { name: 'Create', exact: true }),
  );
  await expect(build.getByTestId('build-ready')).toContainText('windows2022');

  await journey.primary(page.getByRole('button', { name: 'Next: run a sample workload on it' }));
  const sample = page.getByTestId('sample-form');
  await expect(sample.getByLabel('Windows build')).toHaveValue('10.0.20348');
  await journey.type(sample.getByLabel('Namespace'), 'win-sample');
  await expect(sample.getByTestId('sample-namespace-help')).toContainText('does not exist yet');
  // Create needs no preview first.
  await journey.primary(sample.getByRole('button', { name: 'Create', exact: true }));
  await expect(page.getByTestId('sample-created')).toContainText('win-webserver');
  await journey.primary(
    page.getByRole('button', { name: 'Next: check it with the workload checker' }),
  );
  await expect(page.locator('#check-name')).toHaveValue('win-webserver');
  await expect(page.getByTestId('check-verdict')).toBeVisible();

  // Every click is a step's primary action, each checked in view before it was clicked.
  expect(journey.primaryActions).toBe(journey.clicks);
  console.log(
    `onboarding journey: ${String(journey.clicks)} clicks, ${String(journey.typedFields)} typed fields (limits ${String(maximumClicks)} and ${String(maximumTypedFields)}), no scroll to a primary action (${String(journey.primaryActions)} checked in a ${viewportText(page.viewportSize())} viewport)`,
  );
  expect(journey.clicks).toBeLessThanOrEqual(maximumClicks);
  expect(journey.typedFields).toBeLessThanOrEqual(maximumTypedFields);
});
