import '../../__mocks__/component-test-setup';
import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { MachineSetDefaults } from '../../../server/contract/machinesets';
import { answerWith, calls } from '../../__mocks__/dynamic-plugin-sdk';
import { MachineSetWizard } from './MachineSetWizard';

const vsphereDefaults: MachineSetDefaults = {
  platform: 'VSphere',
  infrastructureName: 'winlab-vs9q2',
  wmco: { version: '10.22.0', source: 'installed' },
  windowsServerVersions: ['2022', '2025'],
  hybridOverlayVXLANPort: 9898,
  userDataSecretPresent: true,
  workerMachineSets: ['winlab-vs9q2-worker-0'],
  values: {
    server: 'vcenter.winlab.example.com',
    datacenter: 'WinLab-DC',
    datastore: '/WinLab-DC/datastore/WinLab-DS01',
    folder: '/WinLab-DC/vm/winlab-vs9q2',
    networkName: 'VM Network',
  },
  zones: [],
  forbidden: ['winlab-vs9q2-rhcos'],
  unreadable: [],
};

function renderWizard(defaults: MachineSetDefaults) {
  const created: string[] = [];
  const view = render(
    <MemoryRouter>
      <MachineSetWizard
        platform={defaults.platform ?? ''}
        defaults={defaults}
        onClose={() => undefined}
        onCreated={(name) => created.push(name)}
      />
    </MemoryRouter>,
  );
  const field = (name: string) => {
    const element = view.container.querySelector<HTMLInputElement>(`#machineset-${name}`);
    if (!element) throw new Error(`no field ${name}`);
    return element;
  };
  const next = () => screen.getByRole('button', { name: 'Next' });
  const type = (name: string, value: string) => {
    fireEvent.change(field(name), { target: { value } });
  };
  const help = (name: string) =>
    view.container.querySelector(`[data-test="machineset-${name}-help"]`)?.textContent ?? '';
  return { created, field, next, type, help };
}

beforeEach(() => {
  calls.length = 0;
});
afterEach(cleanup);

test('vSphere: the checklist, the name limit and the RHCOS template hold the wizard back, then it creates', async () => {
  answerWith(({ method }) => (method === 'POST' ? { name: 'winworker', created: true } : {}));
  const wizard = renderWizard(vsphereDefaults);

  assert.ok(screen.getByText('Custom VXLAN port 9898 is set'));
  const checkboxes = screen.getAllByRole('checkbox');
  assert.equal(checkboxes.length, 7, 'the guide’s seven preparations');
  assert.equal(wizard.next().hasAttribute('disabled'), true);
  for (const checkbox of checkboxes.slice(0, 6)) fireEvent.click(checkbox);
  assert.equal(wizard.next().hasAttribute('disabled'), true, 'one item still open');
  fireEvent.click(checkboxes[6] as HTMLElement);
  fireEvent.click(wizard.next());

  assert.equal(wizard.field('server').value, 'vcenter.winlab.example.com');
  assert.match(wizard.help('server'), /From the Linux worker MachineSet winlab-vs9q2-worker-0\./);
  assert.equal(wizard.field('name').value, 'winworker');
  wizard.type('name', 'winworker1');
  assert.match(wizard.help('name'), /At most 9 characters on this platform/);
  assert.equal(wizard.next().hasAttribute('disabled'), true);
  wizard.type('name', 'winworker');
  wizard.type('replicas', '2');
  fireEvent.click(wizard.next());

  assert.equal(screen.getAllByRole('radio').length, 2, 'only what WMCO 10.22 supports on vSphere');
  assert.ok(screen.getByText('Never the original VM template'));
  wizard.type('template', 'winlab-vs9q2-rhcos');
  assert.match(wizard.help('template'), /This is the Linux workers’ template/);
  assert.equal(wizard.next().hasAttribute('disabled'), true);
  wizard.type('template', 'golden/windows-server-2022');
  fireEvent.click(wizard.next());

  const yaml = wizard.field('yaml').value;
  assert.match(yaml, /kind: VSphereMachineProviderSpec/);
  assert.match(yaml, /replicas: 2/);
  assert.ok(screen.getByText('No problems found'));
  act(() => {
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
  });
  await waitFor(() => {
    assert.deepEqual(wizard.created, ['winworker']);
  });
  assert.deepEqual(
    calls.map(({ method, url }) => [method, url.replace(/^.*\/api\/v1/, '')]),
    [['POST', '/machinesets']],
  );
  assert.deepEqual(calls[0]?.body, { yaml, windowsServer: '2022' });
});

const awsDefaults: MachineSetDefaults = {
  ...vsphereDefaults,
  platform: 'AWS',
  infrastructureName: 'winlab-7xk2p',
  windowsServerVersions: ['2019', '2022', '2025'],
  hybridOverlayVXLANPort: undefined,
  values: {
    region: 'us-east-1',
    instanceType: 'm6i.xlarge',
    iamInstanceProfile: 'winlab-7xk2p-worker-profile',
    securityGroups: 'winlab-7xk2p-node',
  },
  zones: [
    { name: 'us-east-1a', values: { subnet: 'winlab-7xk2p-private-us-east-1a' } },
    { name: 'us-east-1b', values: { subnet: 'winlab-7xk2p-private-us-east-1b' } },
  ],
  forbidden: [],
};

test('AWS: an edited YAML is re-checked, and a refused create keeps the wizard open with the reason', async () => {
  answerWith(() => {
    throw new Error('machinesets.machine.openshift.io is forbidden');
  });
  const wizard = renderWizard(awsDefaults);
  assert.equal(screen.queryAllByRole('checkbox').length, 0, 'no checklist on AWS');
  fireEvent.click(wizard.next());
  fireEvent.change(wizard.field('zone'), { target: { value: 'us-east-1b' } });
  assert.equal(wizard.field('name').value, 'winlab-7xk2p-windows-worker-us-east-1b');
  assert.equal(wizard.field('subnet').value, 'winlab-7xk2p-private-us-east-1b');
  fireEvent.click(wizard.next());
  assert.equal(wizard.next().hasAttribute('disabled'), true, 'no AMI yet');
  const amiHelp = wizard.help('ami');
  assert.equal(
    wizard.field('ami').getAttribute('aria-invalid'),
    'false',
    'not wrong before visited',
  );
  fireEvent.blur(wizard.field('ami'));
  assert.equal(
    wizard.field('ami').getAttribute('aria-invalid'),
    'true',
    'required once left empty',
  );
  assert.notEqual(wizard.help('ami'), amiHelp, 'the help gives way to the problem');
  wizard.type('ami', 'ami-0a1b2c3d4e5f60718');
  fireEvent.click(wizard.next());

  const generated = wizard.field('yaml').value;
  wizard.type('yaml', generated.replace('replicas: 1', 'replicas: 200'));
  assert.ok(screen.getByText(/A whole number from 0 to 100/));
  assert.equal(screen.getByRole('button', { name: 'Create' }).hasAttribute('disabled'), true);
  fireEvent.click(screen.getByRole('button', { name: 'Discard my edits' }));
  assert.equal(wizard.field('yaml').value, generated);
  act(() => {
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
  });
  await waitFor(() => {
    assert.match(
      screen.getByText('The MachineSet was not created').parentElement?.textContent ?? '',
      /is forbidden/,
    );
  });
  assert.deepEqual(wizard.created, []);
});

const zonelessAzureDefaults: MachineSetDefaults = {
  ...awsDefaults,
  platform: 'Azure',
  infrastructureName: 'winlab-az7q2',
  workerMachineSets: ['winlab-az7q2-worker-northcentralus'],
  values: {
    region: 'northcentralus',
    vmSize: 'Standard_D4s_v3',
    resourceGroup: 'winlab-az7q2-rg',
    networkResourceGroup: 'winlab-az7q2-rg',
    vnet: 'winlab-az7q2-vnet',
    subnet: 'winlab-az7q2-worker-subnet',
  },
  zones: [],
};

test('Azure in a location without availability zones: the zone stays empty and the MachineSet is created without one', async () => {
  answerWith(({ method }) => (method === 'POST' ? { name: 'winworker', created: true } : {}));
  const wizard = renderWizard(zonelessAzureDefaults);
  fireEvent.click(wizard.next());
  const zone = wizard.field('zone');
  assert.equal(zone.tagName, 'INPUT', 'typed, not chosen from the workers’ zones: they have none');
  assert.equal(zone.value, '');
  assert.match(wizard.help('zone'), /Empty in an Azure region without availability zones/);
  fireEvent.blur(zone);
  assert.equal(zone.getAttribute('aria-invalid'), 'false', 'empty is not a problem');
  wizard.type('zone', '4');
  assert.equal(wizard.next().hasAttribute('disabled'), true, 'a zone that is given is still 1–3');
  wizard.type('zone', '');
  assert.equal(wizard.next().hasAttribute('disabled'), false);
  fireEvent.click(wizard.next());
  fireEvent.click(wizard.next());

  const yaml = wizard.field('yaml').value;
  assert.match(yaml, /kind: AzureMachineProviderSpec/);
  assert.match(yaml, /location: northcentralus/);
  assert.doesNotMatch(yaml, /zone/);
  assert.ok(screen.getByText('No problems found'));
  act(() => {
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
  });
  await waitFor(() => {
    assert.deepEqual(wizard.created, ['winworker']);
  });
  assert.deepEqual(calls[0]?.body, { yaml, windowsServer: '2022' });
});
