import { wmcoNames } from '../wmco-names';
import { textAt, valueAt } from './object-path';
import {
  textField,
  uiText,
  type MachineSetPlatform,
  type PlatformField,
} from './machine-set-platform';
import { workerDefaults } from './worker-defaults';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A Nutanix resource by UUID when the value is one, else by name (Prism takes either). */
function identifier(value: string | undefined): object {
  const text = value ?? '';
  return uuid.test(text) ? { type: 'uuid', uuid: text } : { type: 'name', name: text };
}

/** The UUID or name an identifier of a worker's providerSpec holds. */
function identified(reference: unknown): string {
  return textAt(reference, 'uuid') || textAt(reference, 'name');
}

const fields: PlatformField[] = [
  textField('cluster', uiText('Prism Element cluster (UUID or name)')),
  textField('subnet', uiText('Subnet (UUID or name)')),
  textField('memorySize', uiText('Memory'), 'memorySize'),
  textField('systemDiskSize', uiText('System disk'), 'systemDiskSize'),
  {
    name: 'image',
    label: uiText('Image name'),
    step: 'image',
    path: 'image.name',
    hint: uiText(
      'The name of a Windows Server image uploaded to Prism Central, e.g. nutanix-windows-server-2022.',
    ),
  },
];

/** What the documentation's MachineSet gives a Windows machine where the workers say nothing. */
const documented = {
  memorySize: '16Gi',
  systemDiskSize: '120Gi',
  vcpuSockets: '4',
  vcpusPerSocket: '1',
};

/**
 * Nutanix (WMCO 9.0 and later; Windows Server 2022 and 2025 from 10.22): WMCO's machineset-nutanix
 * document. Like WMCO's own e2e MachineSet, it runs on the workers' Prism Element cluster and subnet
 * with their vCPUs, memory and disk, and boots a Windows image uploaded to Prism Central.
 */
export const nutanix: MachineSetPlatform = {
  type: 'Nutanix',
  label: 'Nutanix',
  providerKind: 'NutanixMachineProviderConfig',
  source: 'WMCO docs/machineset-nutanix.md',
  defaultName: (infrastructureName) => `${infrastructureName}-windows-worker`,
  fields,
  readDefaults: (workers) => {
    const defaults = workerDefaults(fields, workers);
    const [first = {}] = workers.specs;
    const found = {
      cluster: identified(valueAt(first, 'cluster')),
      subnet: identified(valueAt(first, 'subnets.0')),
      vcpuSockets: textAt(first, 'vcpuSockets'),
      vcpusPerSocket: textAt(first, 'vcpusPerSocket'),
    };
    const values: Record<string, string> = { ...documented, ...defaults.values };
    for (const [name, value] of Object.entries(found)) if (value !== '') values[name] = value;
    return { ...defaults, values };
  },
  imageValues: () => ({}),
  imagePath: 'image.name',
  // By name, as the form asks it: a `uuid` of the old image would name another.
  withImage: (spec, image) => ({ ...spec, image: { type: 'name', name: image.image ?? '' } }),
  prerequisites: {
    checklistTitle: uiText('Confirm the Nutanix preparation'),
    checklist: [
      {
        id: 'image',
        text: uiText(
          'A Windows Server image of a supported version is uploaded to the Prism Central or Prism Element where the machines are created.',
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
    apiVersion: 'machine.openshift.io/v1',
    bootType: '',
    categories: null,
    cluster: identifier(values.cluster),
    credentialsSecret: { name: 'nutanix-credentials' },
    image: { type: 'name', name: values.image },
    kind: 'NutanixMachineProviderConfig',
    memorySize: values.memorySize,
    project: { type: '' },
    subnets: [identifier(values.subnet)],
    systemDiskSize: values.systemDiskSize,
    userDataSecret: { name: wmcoNames.userDataSecret },
    vcpuSockets: Number(values.vcpuSockets ?? documented.vcpuSockets),
    vcpusPerSocket: Number(values.vcpusPerSocket ?? documented.vcpusPerSocket),
  }),
};
