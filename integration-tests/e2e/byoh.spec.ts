import { commandCatalogue } from '../../server/src/ssh/command-catalogue';
import { clusterApiInt } from '../ssh-peers/host-profiles';
import { expect, test } from '../ssh-peers/playwright-fixtures';
import { runPreflight } from './byoh-preflight';
import { recordBffBodies } from './install-wizard';
import { applyWindowsInstances } from './windows-instances-seed';

test.use({ scenario: 'vsphere-wmco-installed' });

test('a good host: preflight all green, added, then listed → joined → Ready without a reload', async ({
  page,
  peers,
  clusterKey,
}) => {
  const address = peers.address('good');
  const bodies = recordBffBodies(page);
  await page.goto('/windows/byoh');
  await expect(page.getByText('No BYOH instances yet')).toBeVisible();
  let navigations = 0;
  page.on('framenavigated', () => (navigations += 1));

  const { dialog, results } = await runPreflight(page, address);
  await expect(dialog.getByLabel('Windows user')).toHaveValue('Administrator');
  await expect(results.getByTestId('preflight-outcome')).toHaveText('All checks passed', {
    timeout: 30_000,
  });
  await expect(results.locator('tbody tr')).toHaveCount(11);
  await expect(results.locator('tbody tr[data-status="pass"]')).toHaveCount(11);
  await expect(results.getByTestId('check-host-key')).toContainText('is now pinned');
  await expect(results.getByTestId('check-api-int')).toContainText('Internal API name resolves');
  await expect(results.getByTestId('check-api-int')).toContainText(
    `${clusterApiInt} resolves on the host to 192.168.10.5.`,
  );

  await dialog.getByRole('button', { name: 'Add to windows-instances' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByTestId(`instance-${address}`);
  const stage = row.getByTestId('instance-stage');
  await expect(stage).toHaveText('Listed');
  await expect(row).toContainText('Passed');
  await expect(stage).toHaveText('Joined', { timeout: 15_000 });
  await expect(stage).toHaveText('Ready', { timeout: 15_000 });
  await expect(row).toContainText('10.22.0-');
  await expect(row).toContainText(`InstanceSetup`);
  expect(navigations).toBe(0);

  const texts = await Promise.all(bodies);
  expect(texts.some((text) => text.includes('"type":"check"'))).toBe(true);
  const keyBody = clusterKey.pem.split('\n')[1] ?? clusterKey.pem;
  for (const text of texts) {
    expect(text).not.toContain('PRIVATE KEY');
    expect(text).not.toContain(keyBody);
  }
});

test('a host without the firewall rules fails that check; Remediate, once confirmed, fixes it', async ({
  page,
  peers,
}) => {
  const address = peers.address('firewall');
  await page.goto('/windows/byoh');
  const { dialog, results } = await runPreflight(page, address);
  await expect(results.getByTestId('preflight-outcome')).toHaveText('Failed', { timeout: 30_000 });
  const ports = results.getByTestId('check-node-ports');
  await expect(ports).toHaveAttribute('data-status', 'fail');
  await expect(ports).toContainText('Firewall rules ContainerLogsPort, WindowsExporterMetricsPort');
  await expect(dialog.getByRole('button', { name: 'Add to windows-instances' })).toBeDisabled();
  expect(peers.commandsReceived('firewall')).not.toContain(commandCatalogue.openNodePorts);

  await ports.getByRole('button', { name: 'Remediate' }).click();
  const confirm = page.getByRole('dialog', { name: `Create firewall rules on ${address}?` });
  await expect(confirm).toContainText('ContainerLogsPort (TCP 10250)');
  await confirm.getByRole('button', { name: 'Create firewall rules' }).click();
  await expect(confirm).toBeHidden();
  expect(peers.commandsReceived('firewall')).toContain(commandCatalogue.openNodePorts);
  await expect(ports).toHaveAttribute('data-status', 'pass');
  await expect(results.getByTestId('preflight-outcome')).toHaveText('All checks passed');

  await dialog.getByRole('button', { name: 'Run the preflight again' }).click();
  const rerun = dialog.getByTestId(`preflight-${address}`);
  await expect(rerun.getByTestId('preflight-outcome')).toHaveText('All checks passed', {
    timeout: 30_000,
  });
  await expect(rerun.getByTestId('check-node-ports')).toHaveAttribute('data-status', 'pass');
  await expect(dialog.getByRole('button', { name: 'Add to windows-instances' })).toBeEnabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
});

test('an existing malformed entry shows that it blocks all BYOH; removing it, confirmed, clears that', async ({
  page,
  stack,
}) => {
  await applyWindowsInstances(stack, { 'win-typo.example.com': 'Administrator' });
  await page.goto('/windows/byoh');
  const blocked = page.getByTestId('byoh-blocked');
  await expect(blocked).toContainText('1 malformed entry blocks all BYOH hosts');
  await expect(blocked).toContainText(
    'win-typo.example.com: The value must start with username= (lower case, no spaces).',
  );
  const row = page.getByTestId('instance-win-typo.example.com');
  await expect(row.getByTestId('instance-stage')).toHaveText('Malformed');

  await row.getByRole('button', { name: 'Actions for win-typo.example.com' }).click();
  await page.getByRole('menuitem', { name: 'Remove' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove win-typo.example.com?' });
  await expect(confirm).toContainText('WMCO will stop configuring this host');
  await confirm.getByRole('button', { name: 'Remove entry' }).click();
  await expect(row).toBeHidden();
  await expect(blocked).toBeHidden();
});
