import {
  NUTANIX_INFRASTRUCTURE_NAME as infrastructureName,
  NUTANIX_PRISM_ELEMENT_UUID,
  NUTANIX_SUBNET_UUID,
} from '../cluster/scenarios/nutanix-cluster';
import { expect, test } from './fixtures';
import {
  expectPrefilled,
  expectRunningMachines,
  field,
  openMachineSetWizard,
  reviewAndCreate,
  windowsNodeNames,
} from './machinesets-wizard';

test.use({ scenario: 'nutanix-wmco-installed' });

const worker = `${infrastructureName}-worker`;
const name = `${infrastructureName}-windows-worker`;

test('a Nutanix Windows MachineSet from the wizard: checklist, the workers’ cluster and subnet, a 2025 image, 2 machines', async ({
  page,
  stack,
}) => {
  const wizard = await openMachineSetWizard(page, 'Nutanix');
  const next = wizard.getByRole('button', { name: 'Next' });
  await expect(next).toBeDisabled();
  await expect(wizard.getByRole('checkbox')).toHaveCount(2);
  for (const checkbox of await wizard.getByRole('checkbox').all()) await checkbox.check();
  await next.click();

  await expect(field(wizard, 'name')).toHaveValue(name);
  await expectPrefilled(wizard, 'cluster', NUTANIX_PRISM_ELEMENT_UUID, worker);
  await expectPrefilled(wizard, 'subnet', NUTANIX_SUBNET_UUID, worker);
  await expectPrefilled(wizard, 'memorySize', '16Gi', worker);
  await expectPrefilled(wizard, 'systemDiskSize', '120Gi', worker);
  await field(wizard, 'replicas').fill('2');
  await next.click();

  await expect(wizard.getByRole('radio')).toHaveCount(2);
  await wizard.getByLabel('Windows Server 2025 (build 10.0.26100)').check();
  await field(wizard, 'image').fill('nutanix-windows-server-2022');
  await next.click();
  await expect(wizard.getByTestId('machineset-yaml-problems')).toContainText(
    'The image names Windows Server 2022, but 2025 is chosen.',
  );
  await wizard.getByRole('button', { name: 'Back' }).click();
  await field(wizard, 'image').fill('nutanix-windows-server-2025');
  await next.click();

  const yaml = wizard.locator('#machineset-yaml');
  await expect(yaml).toHaveValue(/kind: NutanixMachineProviderConfig/);
  await expect(yaml).toHaveValue(new RegExp(`uuid: ${NUTANIX_SUBNET_UUID}`));
  await expect(yaml).toHaveValue(/name: nutanix-windows-server-2025/);
  await reviewAndCreate(wizard, page, name);
  await expectRunningMachines(page, name, 2);
  expect(await windowsNodeNames(stack)).toHaveLength(2);
});
