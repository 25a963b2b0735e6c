import { expect, type Page } from '@playwright/test';

export const wmcoNamespace = 'openshift-windows-machine-config-operator';

/** Collects every BFF response body the page receives, to prove no private key reaches the browser. */
export function recordBffBodies(page: Page): Promise<string>[] {
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (
      response.url().includes('/api/proxy/plugin/windows-nodes-plugin/bff/') &&
      !response.url().endsWith('/events')
    ) {
      bodies.push(response.text().catch(() => ''));
    }
  });
  return bodies;
}

export async function walkToReview(page: Page, approval: 'Automatic' | 'Manual') {
  await page.goto('/windows/install');
  const wizard = page.getByTestId('install-wizard');
  await expect(wizard.getByTestId('prerequisites-ok')).toBeVisible();
  await wizard.getByRole('button', { name: 'Next' }).click();
  await expect(wizard.getByLabel('Namespace')).toHaveValue(wmcoNamespace);
  if (approval === 'Manual') await wizard.getByLabel('Manual').check();
  await wizard.getByRole('button', { name: 'Next' }).click();
  await expect(wizard.getByLabel('Generate a new key on the server')).toBeChecked();
  await wizard.getByRole('button', { name: 'Next' }).click();
  await expect(wizard.getByTestId('yaml-Subscription')).toContainText(
    `installPlanApproval: ${approval}`,
  );
  await expect(wizard.getByTestId('yaml-Secret')).toContainText(
    'private-key.pem: <generated-on-install>',
  );
  await expect(wizard).toContainText('the server generates it when you install');
  return wizard;
}
