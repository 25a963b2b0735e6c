import { expect, type Locator, type Page } from '@playwright/test';
import { KubeClient } from '../cluster/kube-client';
import { resources } from '../cluster/resources';
import type { Stack } from '../stack';

/** Opens the MachineSet wizard from the empty page and returns it, on its first step. */
export async function openMachineSetWizard(page: Page, platform: string): Promise<Locator> {
  await page.goto('/windows/machinesets');
  await expect(page.getByText('No Windows MachineSets yet')).toBeVisible();
  await page.getByRole('button', { name: 'Create Windows MachineSet' }).click();
  const wizard = page.getByTestId('machineset-wizard');
  await expect(wizard.getByTestId('machineset-platform')).toHaveText(platform);
  return wizard;
}

export function field(wizard: Locator, name: string): Locator {
  return wizard.locator(`#machineset-${name}`);
}

/** Expects the prefilled value and that its hint names the Linux worker MachineSet it came from. */
export async function expectPrefilled(
  wizard: Locator,
  name: string,
  value: string,
  worker: string,
): Promise<void> {
  await expect(field(wizard, name)).toHaveValue(value);
  await expect(wizard.getByTestId(`machineset-${name}-help`)).toContainText(
    `From the Linux worker MachineSet ${worker}.`,
  );
}

/** On the review step: the YAML is re-checked on every edit; then the MachineSet is created. */
export async function reviewAndCreate(wizard: Locator, page: Page, name: string): Promise<void> {
  const yaml = wizard.locator('#machineset-yaml');
  await expect(yaml).toHaveValue(/machine\.openshift\.io\/os-id: Windows/);
  await expect(yaml).toHaveValue(/name: windows-user-data/);
  const generated = await yaml.inputValue();
  await yaml.fill(generated.replace('replicas: 2', 'replicas: 200'));
  await expect(wizard.getByTestId('machineset-yaml-problems')).toContainText(
    'spec.replicas: A whole number from 0 to 100.',
  );
  await expect(wizard.getByRole('button', { name: 'Create', exact: true })).toBeDisabled();
  await wizard.getByRole('button', { name: 'Discard my edits' }).click();
  await expect(wizard.getByText('No problems found')).toBeVisible();
  await wizard.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByTestId('machineset-created')).toContainText(`MachineSet ${name} created`);
}

/** Waits until the page shows exactly `count` machines, all Running with their Windows node Ready. */
export async function expectRunningMachines(page: Page, name: string, count: number) {
  const machineSet = page.getByTestId(`machineset-${name}`);
  const rows = machineSet.getByTestId('machines-table').locator('tbody tr');
  await expect(rows).toHaveCount(count, { timeout: 20_000 });
  await expect(machineSet.getByTestId('machine-phase')).toHaveText(
    Array<string>(count).fill('Running'),
    { timeout: 20_000 },
  );
  await expect(machineSet.getByTestId('node-status')).toHaveText(
    Array<string>(count).fill('Ready'),
    { timeout: 20_000 },
  );
  await expect(machineSet.getByTestId('ready')).toHaveText(String(count));
}

/** Scales the MachineSet through the page's Scale dialog. */
export async function scaleTo(page: Page, name: string, replicas: number): Promise<void> {
  await page
    .getByTestId(`machineset-${name}`)
    .getByRole('button', { name: `Actions for ${name}`, exact: true })
    .click();
  await page.getByRole('menuitem', { name: 'Scale' }).click();
  const dialog = page.getByTestId('scale-machineset');
  await dialog.getByLabel('Replicas').fill(String(replicas));
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

/** The Windows Nodes in the API server, to check the page against. */
export async function windowsNodeNames(stack: Stack): Promise<string[]> {
  const client = new KubeClient({
    server: stack.cluster.server,
    caData: stack.cluster.caData,
    token: stack.cluster.tokens.admin,
  });
  try {
    const nodes = await client.list(resources.nodes, { labelSelector: 'kubernetes.io/os=windows' });
    return nodes.map((node) => node.metadata?.name ?? '').sort();
  } finally {
    client.close();
  }
}
