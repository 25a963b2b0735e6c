import { expect, test } from './fixtures';
import { walkToReview } from './install-wizard';

// A cluster of its own: the other install spec leaves WMCO installed with Automatic approval.
test.use({ isolation: 'manual-approval' });

test('the pending InstallPlan is shown and Approve moves the install on', async ({ page }) => {
  const wizard = await walkToReview(page, 'Manual');
  await wizard.getByRole('button', { name: 'Install' }).click();
  await expect(wizard.getByTestId('install-stage')).toHaveText('InstallPlan waits for approval', {
    timeout: 20_000,
  });
  await expect(wizard.getByTestId('install-plan')).toContainText('RequiresApproval');
  await wizard.getByTestId('install-plan').getByRole('button', { name: 'Approve' }).click();
  await expect(wizard.getByTestId('install-stage')).toHaveText('Installed', { timeout: 30_000 });
});
