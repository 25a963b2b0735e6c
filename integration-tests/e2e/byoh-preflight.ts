import type { Page } from '@playwright/test';

/** On the BYOH page: opens Add instance, enters the host and runs its preflight. */
export async function runPreflight(page: Page, address: string) {
  await page.getByRole('button', { name: 'Add instance' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a BYOH instance' });
  await dialog.getByLabel('Address').fill(address);
  await dialog.getByRole('button', { name: 'Run preflight' }).click();
  return { dialog, results: dialog.getByTestId(`preflight-${address}`) };
}
