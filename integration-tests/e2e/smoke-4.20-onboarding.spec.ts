// Smoke test of the 4.19–4.21 build in the console 4.20: the install wizard installs WMCO, then the
// MachineSet wizard creates a Windows MachineSet, whose machine becomes a Ready node — writes through the
// console's proxy with its CSRF check.
import { awsWindowsAmis } from '../cluster/simulators/cloud-instances';
import { expect, test } from './fixtures';
import { walkToReview } from './install-wizard';
import { expectRunningMachines, field, openMachineSetWizard } from './machinesets-wizard';

test.use({ scenario: 'aws-fresh' });

const name = 'winlab-7xk2p-windows-worker-us-east-1a';

test('the install wizard installs WMCO; the MachineSet wizard then creates a Windows MachineSet', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const install = await walkToReview(page, 'Automatic');
  await install.getByRole('button', { name: 'Install' }).click();
  await expect(install.getByTestId('install-headline')).toHaveText('Installed', {
    timeout: 30_000,
  });

  const wizard = await openMachineSetWizard(page, 'AWS');
  await wizard.getByRole('button', { name: 'Next' }).click();
  await expect(field(wizard, 'name')).toHaveValue(name);
  await wizard.getByRole('button', { name: 'Next' }).click();
  await field(wizard, 'ami').fill(awsWindowsAmis['2022']);
  await wizard.getByRole('button', { name: 'Next' }).click();
  await wizard.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByTestId('machineset-created')).toContainText(`MachineSet ${name} created`);
  await expectRunningMachines(page, name, 1);
});
