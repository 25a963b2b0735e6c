import { awsWindowsAmis } from '../cluster/simulators/cloud-instances';
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

test.use({ scenario: 'aws-wmco-installed' });

const infrastructureName = 'winlab-7xk2p';
const worker = `${infrastructureName}-worker-us-east-1a`;
const name = `${infrastructureName}-windows-worker-us-east-1a`;

test('an AWS Windows MachineSet from the wizard: prefilled, created with 2 machines, scaled to 1', async ({
  page,
  stack,
}) => {
  const wizard = await openMachineSetWizard(page, 'AWS');
  await wizard.getByRole('button', { name: 'Next' }).click();

  await expect(field(wizard, 'name')).toHaveValue(name);
  await expect(field(wizard, 'zone')).toHaveValue('us-east-1a');
  await expect(field(wizard, 'region')).toHaveValue('us-east-1');
  await expectPrefilled(wizard, 'instanceType', 'm6i.xlarge', worker);
  await expectPrefilled(
    wizard,
    'subnet',
    `${infrastructureName}-subnet-private-us-east-1a`,
    worker,
  );
  await expectPrefilled(
    wizard,
    'securityGroups',
    `${infrastructureName}-node, ${infrastructureName}-lb`,
    worker,
  );
  await expectPrefilled(
    wizard,
    'iamInstanceProfile',
    `${infrastructureName}-worker-profile`,
    worker,
  );
  await field(wizard, 'zone').selectOption('us-east-1b');
  await expect(field(wizard, 'name')).toHaveValue(
    `${infrastructureName}-windows-worker-us-east-1b`,
  );
  await expect(field(wizard, 'subnet')).toHaveValue(
    `${infrastructureName}-subnet-private-us-east-1b`,
  );
  await field(wizard, 'zone').selectOption('us-east-1a');
  await field(wizard, 'replicas').fill('2');
  await wizard.getByRole('button', { name: 'Next' }).click();

  await expect(wizard.getByLabel('Windows Server 2022 (build 10.0.20348)')).toBeChecked();
  await expect(wizard.getByTestId('image-command').getByRole('textbox')).toHaveValue(
    /^aws ec2 describe-images --region us-east-1 --filters "Name=name,Values=Windows_Server-2022\*English\*Core\*Base\*"/,
  );
  await field(wizard, 'ami').fill('ami-12345');
  await expect(wizard.getByTestId('machineset-ami-help')).toContainText(
    'An AMI id is ami- followed by 8 or 17 lowercase hexadecimal digits.',
  );
  await expect(wizard.getByRole('button', { name: 'Next' })).toBeDisabled();
  await field(wizard, 'ami').fill(awsWindowsAmis['2022']);
  await wizard.getByRole('button', { name: 'Next' }).click();

  await reviewAndCreate(wizard, page, name);
  await expectRunningMachines(page, name, 2);
  const nodes = await windowsNodeNames(stack);
  expect(nodes).toHaveLength(2);
  for (const node of nodes) await expect(page.getByRole('link', { name: node })).toBeVisible();

  await scaleTo(page, name, 1);
  await expectRunningMachines(page, name, 1);
  await expect.poll(() => windowsNodeNames(stack), { timeout: 10_000 }).toHaveLength(1);
});
