import { expect, test } from './fixtures';
import {
  expectPrefilled,
  expectRunningMachines,
  field,
  openMachineSetWizard,
  reviewAndCreate,
  scaleTo,
  windowsNodeNames,
} from './machinesets-wizard';

test.use({ scenario: 'vsphere-wmco-installed' });

const infrastructureName = 'winlab-vs9q2';
const worker = `${infrastructureName}-worker-0`;
const name = 'winworker';

test('a vSphere Windows MachineSet: checklist, 9-character names, golden template, 2 machines, scaled to 1', async ({
  page,
  stack,
}) => {
  const wizard = await openMachineSetWizard(page, 'VSphere');
  await expect(wizard.getByText('Custom VXLAN port 9898 is set')).toBeVisible();
  const next = wizard.getByRole('button', { name: 'Next' });
  await expect(next).toBeDisabled();
  for (const checkbox of await wizard.getByRole('checkbox').all()) await checkbox.check();
  await next.click();

  await expectPrefilled(wizard, 'server', 'vcenter.winlab.example.com', worker);
  await expectPrefilled(wizard, 'datacenter', 'WinLab-DC', worker);
  await expectPrefilled(wizard, 'datastore', '/WinLab-DC/datastore/WinLab-DS01', worker);
  await expectPrefilled(wizard, 'folder', `/WinLab-DC/vm/${infrastructureName}`, worker);
  await expectPrefilled(wizard, 'resourcePool', '/WinLab-DC/host/WinLab-Cluster/Resources', worker);
  await expectPrefilled(wizard, 'networkName', 'VM Network', worker);
  await expect(field(wizard, 'name')).toHaveValue(name);
  await field(wizard, 'name').fill('winworker1');
  await expect(wizard.getByTestId('machineset-name-help')).toContainText(
    'At most 9 characters on this platform: machines are named after the MachineSet plus 6 characters, and Windows computer names are at most 15 characters.',
  );
  await expect(next).toBeDisabled();
  await field(wizard, 'name').fill(name);
  await field(wizard, 'replicas').fill('2');
  await next.click();

  await expect(wizard.getByRole('radio')).toHaveCount(2);
  await expect(wizard.getByLabel('Windows Server 2019', { exact: false })).toHaveCount(0);
  await expect(wizard.getByText('Never the original VM template')).toBeVisible();
  await field(wizard, 'template').fill(
    `${infrastructureName}-rhcos-generated-region-generated-zone`,
  );
  await expect(wizard.getByTestId('machineset-template-help')).toContainText(
    'This is the Linux workers’ template.',
  );
  await expect(next).toBeDisabled();
  await field(wizard, 'template').fill('windows-golden-images/windows-server-2022-template');
  await next.click();

  await reviewAndCreate(wizard, page, name);
  await expectRunningMachines(page, name, 2);
  expect(await windowsNodeNames(stack)).toEqual(
    expect.arrayContaining([expect.stringMatching(/^winworker-[a-z0-9]{5}$/)]),
  );

  await scaleTo(page, name, 1);
  await expectRunningMachines(page, name, 1);
  await expect.poll(() => windowsNodeNames(stack), { timeout: 10_000 }).toHaveLength(1);
});
