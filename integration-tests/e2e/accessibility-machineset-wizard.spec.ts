// An axe-core scan of each step of the MachineSet wizard in the real console: no violation of moderate or
// higher impact in what the plugin renders.
import { expect } from '@playwright/test';
import { awsWindowsAmis } from '../cluster/simulators/cloud-instances';
import { expectNoAccessibilityViolations } from './accessibility';
import { test } from './fixtures';
import { field, openMachineSetWizard } from './machinesets-wizard';

test.use({ scenario: 'aws-wmco-installed' });

test('every step of the MachineSet wizard', async ({ page }) => {
  const wizard = await openMachineSetWizard(page, 'AWS');
  const next = wizard.getByRole('button', { name: 'Next' });
  await expectNoAccessibilityViolations(page, 'MachineSet wizard, platform');
  await next.click();
  await expect(field(wizard, 'name')).not.toHaveValue('');
  await expectNoAccessibilityViolations(page, 'MachineSet wizard, machine');
  await next.click();
  await expect(wizard.getByTestId('image-command')).toBeVisible();
  await expectNoAccessibilityViolations(page, 'MachineSet wizard, image');
  await field(wizard, 'ami').fill(awsWindowsAmis['2022']);
  await next.click();
  await expect(field(wizard, 'yaml')).toBeVisible();
  await expectNoAccessibilityViolations(page, 'MachineSet wizard, review');
});
