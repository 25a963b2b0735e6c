import { expect, type Page } from '@playwright/test';

/** Opens the upgrades page, reviews the pending WMCO update's summary and approves it. */
export async function approvePendingUpdate(page: Page, targetFullVersion: string) {
  await page.goto('/windows/upgrades');
  await expect(page.getByTestId('wmco-installed')).toHaveText('10.21.2');
  // Every node is current on 10.21.2, and none yet on the version that waits for approval.
  await expect(page.getByTestId('upgrade-progress-count')).toHaveText('0 / 5');
  await expect(page.getByTestId('upgrade-eta')).toHaveText('Counted once the update is approved');
  await page.getByTestId('upgrade-approve').click({ timeout: 20_000 });
  const dialog = page.getByRole('dialog');
  const summary = dialog.getByTestId('approve-upgrade-summary');
  await expect(summary).toContainText(
    'all 5 Windows nodes (3 from MachineSets, 2 BYOH) one at a time: each is cordoned and drained first',
  );
  await expect(summary).toContainText('Windows itself is not updated');
  await expect(summary.getByRole('link', { name: 'Change a MachineSet image' })).toHaveAttribute(
    'href',
    /\/windows\/machinesets$/,
  );
  await dialog.getByTestId('confirm-approve-upgrade').click();
  await expect(dialog).toBeHidden();
  // OLM installs the new CSV, and its windows-services ConfigMap becomes the nodes' target.
  await expect(page.getByTestId('wmco-target')).toHaveText(targetFullVersion, { timeout: 30_000 });
}
