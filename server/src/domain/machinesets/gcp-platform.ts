import { wmcoNames } from '../wmco-names';
import { valueAt } from './object-path';
import { gcpImageFamily } from './windows-images';
import {
  escapeRegExp,
  listOf,
  uiText,
  zoneIn,
  textField,
  type MachineSetPlatform,
  type PlatformField,
} from './machine-set-platform';
import { workerDefaults } from './worker-defaults';

const fields: PlatformField[] = [
  textField('projectID', uiText('Project ID'), 'projectID'),
  { name: 'region', label: uiText('Region'), step: 'machines', path: 'region', role: 'region' },
  {
    name: 'zone',
    label: uiText('Zone'),
    step: 'machines',
    path: 'zone',
    role: 'zone',
    // The region, a dash and a letter: `us-central1-a`.
    rule: zoneIn((region) => new RegExp(`^${escapeRegExp(region)}-[a-z]$`)),
  },
  textField('machineType', uiText('Machine type'), 'machineType'),
  textField('network', uiText('Network'), 'networkInterfaces.0.network'),
  textField('subnetwork', uiText('Subnetwork'), 'networkInterfaces.0.subnetwork'),
  textField('serviceAccountEmail', uiText('Service account'), 'serviceAccounts.0.email'),
  {
    name: 'tags',
    label: uiText('Network tags'),
    step: 'machines',
    note: uiText('Comma-separated.'),
  },
  {
    name: 'image',
    label: uiText('Image'),
    step: 'image',
    path: 'disks.0.image',
    hint: uiText('Full path of a Windows Server image or image family.'),
  },
];

/** Google Cloud: the guide's 5.4.2. */
export const gcp: MachineSetPlatform = {
  type: 'GCP',
  label: 'GCP',
  providerKind: 'GCPMachineProviderSpec',
  source: 'guide 5.4.2',
  defaultName: (infrastructureName, zone) =>
    `${infrastructureName}-windows-worker-${zone.split('-').at(-1) ?? ''}`,
  fields,
  readDefaults: (workers) => {
    const defaults = workerDefaults(fields, workers);
    const status = workers.infrastructure?.status?.platformStatus?.gcp;
    const tags = valueAt(workers.specs[0], 'tags');
    const tagList = Array.isArray(tags) ? tags.filter((tag) => typeof tag === 'string') : [];
    return {
      ...defaults,
      values: {
        ...defaults.values,
        ...(status?.region ? { region: status.region } : {}),
        ...(status?.projectID ? { projectID: status.projectID } : {}),
        ...(tagList.length > 0 ? { tags: tagList.join(', ') } : {}),
      },
    };
  },
  imageValues: (version) => ({ image: gcpImageFamily(version) }),
  imagePath: 'disks.0.image',
  // The boot disk is the first one, as the guide writes it; other disks keep their images.
  withImage: (spec, image) => ({
    ...spec,
    disks: (Array.isArray(spec.disks) ? (spec.disks as unknown[]) : []).map((disk, index) =>
      index === 0 ? { ...(disk as object), image: image.image ?? '' } : disk,
    ),
  }),
  providerSpec: (values) => ({
    apiVersion: 'machine.openshift.io/v1beta1',
    canIPForward: false,
    credentialsSecret: { name: 'gcp-cloud-credentials' },
    deletionProtection: false,
    disks: [{ autoDelete: true, boot: true, image: values.image, sizeGb: 128, type: 'pd-ssd' }],
    kind: 'GCPMachineProviderSpec',
    machineType: values.machineType,
    networkInterfaces: [{ network: values.network, subnetwork: values.subnetwork }],
    projectID: values.projectID,
    region: values.region,
    serviceAccounts: [
      {
        email: values.serviceAccountEmail,
        scopes: ['https://www.googleapis.com/auth/cloud-platform'],
      },
    ],
    tags: listOf(values.tags),
    userDataSecret: { name: wmcoNames.userDataSecret },
    zone: values.zone,
  }),
};
