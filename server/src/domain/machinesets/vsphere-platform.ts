import { wmcoNames } from '../wmco-names';
import { windowsComputerNameLimit } from './machine-set-rules';
import { textAt } from './object-path';
import {
  uiText,
  unique,
  textField,
  type MachineSetPlatform,
  type PlatformField,
} from './machine-set-platform';
import { workerDefaults } from './worker-defaults';

const fields: PlatformField[] = [
  textField('server', uiText('vCenter server'), 'workspace.server'),
  textField('datacenter', uiText('Datacenter'), 'workspace.datacenter'),
  textField('datastore', uiText('Datastore'), 'workspace.datastore'),
  textField('folder', uiText('VM folder'), 'workspace.folder'),
  {
    name: 'resourcePool',
    label: uiText('Resource pool'),
    step: 'machines',
    path: 'workspace.resourcePool',
    optional: true,
    note: uiText('Optional.'),
  },
  textField('networkName', uiText('VM network'), 'network.devices.0.networkName'),
  {
    name: 'template',
    label: uiText('VM template'),
    step: 'image',
    path: 'template',
    hint: uiText(
      'Full path of the template made from your golden image, e.g. golden-images/windows-server-template.',
    ),
    rule: (template, { forbidden }) =>
      forbidden.includes(template) ? 'linux-template' : undefined,
  },
];

/** VMware vSphere: the guide's 5.3.3, after the golden image of 5.3.2. */
export const vsphere: MachineSetPlatform = {
  type: 'VSphere',
  label: 'vSphere',
  providerKind: 'VSphereMachineProviderSpec',
  source: 'guide 5.3.3',
  nameLimit: windowsComputerNameLimit,
  defaultName: () => 'winworker',
  fields,
  readDefaults: (workers) => ({
    ...workerDefaults(fields, workers),
    // The workers' RHCOS templates: never a Windows MachineSet's.
    forbidden: unique(workers.specs.map((spec) => textAt(spec, 'template'))),
  }),
  imageValues: () => ({}),
  imagePath: 'template',
  withImage: (spec, image) => ({ ...spec, template: image.template ?? '' }),
  imageWarning: {
    title: uiText('Never the original VM template'),
    text: uiText(
      'Name the template made from the sysprepped clone. Starting a VM template turns it into a VM, and it can no longer be cloned for new machines.',
    ),
  },
  prerequisites: {
    checklistTitle: uiText('Confirm the vSphere preparation (guide 5.3.2)'),
    needsVxlanPort: true,
    checklist: [
      {
        id: 'vmware-tools',
        text: uiText('VMware Tools 11.0.6 or later is installed and the VMTools service runs.'),
      },
      {
        id: 'exclude-nics',
        text: uiText(
          'C:\\ProgramData\\VMware\\VMware Tools\\tools.conf contains exclude-nics= (empty), so the hybrid overlay’s virtual NIC is not ignored.',
        ),
      },
      {
        id: 'openssh',
        text: uiText(
          'The OpenSSH server is installed, and the administrator’s authorized keys hold the public half of the key in cloud-private-key.',
        ),
      },
      {
        id: 'firewall',
        text: uiText(
          'A firewall rule (ContainerLogsPort) allows inbound TCP 10250 for container logs.',
        ),
      },
      {
        id: 'sysprep',
        text: uiText(
          'A clone of the VM was generalized with sysprep (/generalize /oobe /shutdown) and an unattend.xml, then turned into a template.',
        ),
      },
      {
        id: 'template',
        text: uiText(
          'The template named in this MachineSet is that clone, never the original VM template: it stays powered off and is only cloned.',
        ),
      },
      {
        id: 'api-int',
        text: uiText(
          'A DNS record api-int.<cluster>.<base domain> points to the API server, so Windows machines can fetch their Ignition files.',
        ),
      },
    ],
  },
  providerSpec: (values) => ({
    apiVersion: 'vsphereprovider.openshift.io/v1beta1',
    credentialsSecret: { name: 'vsphere-cloud-credentials' },
    diskGiB: 128,
    kind: 'VSphereMachineProviderSpec',
    memoryMiB: 16384,
    network: { devices: [{ networkName: values.networkName }] },
    numCPUs: 4,
    numCoresPerSocket: 1,
    snapshot: '',
    template: values.template,
    userDataSecret: { name: wmcoNames.userDataSecret },
    workspace: {
      datacenter: values.datacenter,
      datastore: values.datastore,
      folder: values.folder,
      resourcePool: values.resourcePool,
      server: values.server,
    },
  }),
};
