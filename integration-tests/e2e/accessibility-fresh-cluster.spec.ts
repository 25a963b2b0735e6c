// An axe-core scan of a fresh cluster's Overview (findings, guide links) and of each step of the install
// wizard in the real console: no violation of moderate or higher impact in what the plugin renders.
import { expect } from '@playwright/test';
import { expectNoAccessibilityViolations } from './accessibility';
import { test } from './fixtures';

test.use({ scenario: 'aws-fresh' });

test('the Overview with its findings', async ({ page }) => {
  await page.goto('/windows/overview');
  await expect(page.getByTestId('guide-link').first()).toBeVisible();
  await expectNoAccessibilityViolations(page, 'the Overview of a fresh cluster');
});

test('every step of the install wizard', async ({ page }) => {
  await page.goto('/windows/install');
  const wizard = page.getByTestId('install-wizard');
  await expect(wizard.getByTestId('prerequisites-ok')).toBeVisible();
  const next = wizard.getByRole('button', { name: 'Next' });
  for (let step = 1; step <= 4; step += 1) {
    await expectNoAccessibilityViolations(page, `install wizard, step ${step}`);
    if (step < 4) await next.click();
  }
  await expect(wizard.getByTestId('yaml-Subscription')).toBeVisible();
});
