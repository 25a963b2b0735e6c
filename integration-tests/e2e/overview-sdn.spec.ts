import { expect, test } from './fixtures';

test.use({ scenario: 'sdn' });

test('the overview says Blocked and explains the OVN-Kubernetes requirement', async ({ page }) => {
  await page.goto('/windows/overview');
  await expect(page.getByTestId('readiness')).toContainText('Blocked');
  const finding = page.getByTestId('finding-network-not-ovn');
  await expect(finding).toContainText('OpenShiftSDN cannot run Windows nodes');
  await expect(finding).toContainText('OVN-Kubernetes with hybrid networking');
  await expect(finding).toContainText('can only be configured when the cluster is installed');
  await expect(finding).toContainText('Guide §2.7.3');
});
