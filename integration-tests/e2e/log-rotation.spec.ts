import { KubeClient } from '../cluster/kube-client';
import { resources } from '../cluster/resources';
import { WMCO_PACKAGE } from '../cluster/scenarios/marketplace';
import { wmcoInstalledWithNodes } from '../cluster/scenarios/wmco-installed-with-nodes';
import { expect, test } from './fixtures';

test.use({ scenario: 'aws-wmco-installed' });

interface EnvSubscription {
  metadata: object;
  spec: { config?: { env?: { name: string; value?: string }[] } };
}

test('service log rotation: the Overview warns, the Install page panel saves after a confirmation, the warning goes away', async ({
  page,
  stack,
}) => {
  await page.goto('/windows/overview');
  const finding = page.getByTestId('finding-service-logs-unbounded');
  await expect(finding).toContainText('Service logs on Windows nodes grow without bound');
  await finding.getByRole('link', { name: 'Set service log rotation' }).click();

  const panel = page.getByTestId('log-rotation');
  await expect(panel).toBeVisible();
  const size = panel.getByLabel('Rotate a log at this size');
  const save = panel.getByRole('button', { name: 'Save log rotation' });
  await expect(size).toHaveValue('');
  await expect(save).toBeDisabled();

  await size.fill('100MB');
  await expect(panel).toContainText('Enter a size that is not negative, such as 100M or 1Gi.');
  await expect(save).toBeDisabled();
  await size.fill('100M');
  await panel.getByLabel('Keep rotated logs for').fill('168h');
  await panel.getByLabel('Write logs to disk every').fill('5s');
  await expect(panel).not.toContainText('Enter a');
  await save.click();

  const confirm = page.getByTestId('log-rotation-confirm');
  await expect(confirm).toContainText('reconfigures the Windows nodes one at a time');
  await confirm.getByRole('button', { name: 'Save and reconfigure' }).click();
  await expect(panel.getByTestId('log-rotation-saved')).toContainText(
    `Saved in Subscription ${WMCO_PACKAGE}`,
  );
  await expect(size).toHaveValue('100M');

  const admin = new KubeClient({
    server: stack.cluster.server,
    caData: stack.cluster.caData,
    token: stack.cluster.tokens.admin,
  });
  try {
    const subscription = await admin.get<EnvSubscription>(
      resources.subscriptions,
      WMCO_PACKAGE,
      wmcoInstalledWithNodes.namespace,
    );
    expect(subscription.spec.config?.env).toEqual([
      { name: 'SERVICES_LOG_FILE_SIZE', value: '100M' },
      { name: 'SERVICES_LOG_FILE_AGE', value: '168h' },
      { name: 'SERVICES_LOG_FLUSH_INTERVAL', value: '5s' },
    ]);
  } finally {
    admin.close();
  }

  await page.goto('/windows/overview');
  await expect(page.getByTestId('finding-wmco-installed')).toBeVisible();
  await expect(page.getByTestId('finding-service-logs-unbounded')).toHaveCount(0);
});
