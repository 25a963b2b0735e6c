// Smoke test of the 4.19–4.21 build in the console 4.20: a BYOH preflight runs over SSH against a test
// peer and streams its checks to the page.
import { expect, test } from '../ssh-peers/playwright-fixtures';
import { runPreflight } from './byoh-preflight';

test.use({ scenario: 'vsphere-wmco-installed' });

test('a BYOH preflight of a good host passes every check', async ({ page, peers }) => {
  const address = peers.address('good');
  await page.goto('/windows/byoh');
  const { dialog, results } = await runPreflight(page, address);
  await expect(results.getByTestId('preflight-outcome')).toHaveText('All checks passed', {
    timeout: 30_000,
  });
  await expect(results.locator('tbody tr[data-status="pass"]')).toHaveCount(11);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});
