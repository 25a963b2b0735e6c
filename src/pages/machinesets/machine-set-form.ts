import type { MachineSetDefaults } from '../../../server/contract/machinesets';
import type {
  MachineSetInputs,
  MachineSetPlatform,
} from '../../../server/src/domain/machinesets/machine-set-inputs';
import type { MachineSetProblemCode } from '../../../server/src/domain/machinesets/machine-set-problem';
import {
  amiProblem,
  nameProblem,
  replicasProblem,
  zoneProblem,
} from '../../../server/src/domain/machinesets/machine-set-rules';
import {
  azureMarketplaceImage,
  gcpImageFamily,
} from '../../../server/src/domain/machinesets/windows-images';
import type { WindowsServerVersion } from '../../../server/src/domain/support/support-matrix';

/** Every text field of the wizard; each platform shows its own (see `placementFields`, `imageFields`). */
export type FormField =
  | 'name'
  | 'replicas'
  | 'zone'
  | 'region'
  | 'instanceType'
  | 'iamInstanceProfile'
  | 'securityGroups'
  | 'subnet'
  | 'ami'
  | 'vmSize'
  | 'resourceGroup'
  | 'networkResourceGroup'
  | 'vnet'
  | 'managedIdentity'
  | 'imagePublisher'
  | 'imageOffer'
  | 'imageSku'
  | 'imageVersion'
  | 'template'
  | 'networkName'
  | 'server'
  | 'datacenter'
  | 'datastore'
  | 'folder'
  | 'resourcePool'
  | 'projectID'
  | 'machineType'
  | 'network'
  | 'subnetwork'
  | 'serviceAccountEmail'
  | 'tags'
  | 'image';

export interface MachineSetForm {
  platform: MachineSetPlatform;
  windowsServer: WindowsServerVersion | '';
  values: Record<FormField, string>;
}

/** Where each platform's cloud details are asked, after name, replicas and zone. */
export const placementFields: Record<MachineSetPlatform, FormField[]> = {
  AWS: ['region', 'zone', 'instanceType', 'subnet', 'securityGroups', 'iamInstanceProfile'],
  Azure: [
    'region',
    'zone',
    'vmSize',
    'resourceGroup',
    'networkResourceGroup',
    'vnet',
    'subnet',
    'managedIdentity',
  ],
  VSphere: ['server', 'datacenter', 'datastore', 'folder', 'resourcePool', 'networkName'],
  GCP: [
    'projectID',
    'region',
    'zone',
    'machineType',
    'network',
    'subnetwork',
    'serviceAccountEmail',
    'tags',
  ],
};

/** The image reference of each platform. */
export const imageFields: Record<MachineSetPlatform, FormField[]> = {
  AWS: ['ami'],
  Azure: ['imagePublisher', 'imageOffer', 'imageSku', 'imageVersion'],
  VSphere: ['template'],
  GCP: ['image'],
};

/** Fields the guide marks optional, or that older and newer installs leave out. */
const optionalFields = new Set<FormField>(['resourcePool', 'managedIdentity']);

/** `a, b` → `['a', 'b']`: security groups and network tags are typed as one list. */
function listOf(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** The name the guide gives a MachineSet on the platform (5.1.2, 5.2.2, 5.3.3, 5.4.2). */
export function defaultMachineSetName(
  platform: MachineSetPlatform,
  infrastructureName: string,
  zone: string,
): string {
  switch (platform) {
    case 'AWS':
      return `${infrastructureName}-windows-worker-${zone}`;
    case 'GCP':
      return `${infrastructureName}-windows-worker-${zone.split('-').at(-1) ?? ''}`;
    default:
      return 'winworker';
  }
}

function awsSubnetOf(defaults: MachineSetDefaults, zone: string): string {
  return defaults.aws?.zones.find((candidate) => candidate.name === zone)?.subnet ?? '';
}

function firstZone(defaults: MachineSetDefaults): string {
  return defaults.aws?.zones[0]?.name ?? defaults.azure?.zones[0] ?? defaults.gcp?.zones[0] ?? '';
}

/** The guide's 2022 where it is allowed (every platform supports it), else the newest allowed. */
function initialWindowsServer(defaults: MachineSetDefaults): WindowsServerVersion | '' {
  const versions = defaults.windowsServerVersions;
  return versions.includes('2022') ? '2022' : (versions.at(-1) ?? '');
}

function imageValues(
  version: WindowsServerVersion | '',
): Pick<
  Record<FormField, string>,
  'imagePublisher' | 'imageOffer' | 'imageSku' | 'imageVersion' | 'image'
> {
  if (version === '') {
    return { imagePublisher: '', imageOffer: '', imageSku: '', imageVersion: '', image: '' };
  }
  const azure = azureMarketplaceImage(version);
  return {
    imagePublisher: azure.publisher,
    imageOffer: azure.offer,
    imageSku: azure.sku,
    imageVersion: azure.version,
    image: gcpImageFamily(version),
  };
}

/** The wizard's first values: the guide's, filled from the platform's Linux worker MachineSets. */
export function initialMachineSetForm(
  platform: MachineSetPlatform,
  defaults: MachineSetDefaults,
): MachineSetForm {
  const zone = firstZone(defaults);
  const windowsServer = initialWindowsServer(defaults);
  const { aws, azure, vsphere, gcp } = defaults;
  const infrastructureName = defaults.infrastructureName ?? '';
  return {
    platform,
    windowsServer,
    values: {
      name: defaultMachineSetName(platform, infrastructureName, zone),
      replicas: '1',
      zone,
      region: aws?.region ?? azure?.location ?? gcp?.region ?? '',
      instanceType: aws?.instanceType ?? '',
      iamInstanceProfile: aws?.iamInstanceProfile ?? '',
      securityGroups: (aws?.securityGroups ?? []).join(', '),
      subnet: aws ? awsSubnetOf(defaults, zone) : (azure?.subnet ?? ''),
      ami: '',
      vmSize: azure?.vmSize ?? '',
      resourceGroup: azure?.resourceGroup ?? '',
      networkResourceGroup: azure?.networkResourceGroup ?? '',
      vnet: azure?.vnet ?? '',
      managedIdentity: azure?.managedIdentity ?? '',
      template: '',
      networkName: vsphere?.networkName ?? '',
      server: vsphere?.server ?? '',
      datacenter: vsphere?.datacenter ?? '',
      datastore: vsphere?.datastore ?? '',
      folder: vsphere?.folder ?? '',
      resourcePool: vsphere?.resourcePool ?? '',
      projectID: gcp?.projectID ?? '',
      machineType: gcp?.machineType ?? '',
      network: gcp?.network ?? '',
      subnetwork: gcp?.subnetwork ?? '',
      serviceAccountEmail: gcp?.serviceAccountEmail ?? '',
      tags: (gcp?.tags ?? []).join(', '),
      ...imageValues(windowsServer),
    },
  };
}

/**
 * One field changed. Values derived from another field follow it while the admin has not changed
 * them: the name and the AWS subnet follow the zone, the image defaults follow the version.
 */
export function changeField(
  form: MachineSetForm,
  field: FormField,
  value: string,
  defaults: MachineSetDefaults,
): MachineSetForm {
  const values = { ...form.values, [field]: value };
  if (field === 'zone') {
    const infrastructureName = defaults.infrastructureName ?? '';
    const before = form.values.zone;
    if (form.values.name === defaultMachineSetName(form.platform, infrastructureName, before))
      values.name = defaultMachineSetName(form.platform, infrastructureName, value);
    if (form.platform === 'AWS' && form.values.subnet === awsSubnetOf(defaults, before))
      values.subnet = awsSubnetOf(defaults, value);
  }
  return { ...form, values };
}

export function changeWindowsServer(
  form: MachineSetForm,
  version: WindowsServerVersion,
): MachineSetForm {
  const before = imageValues(form.windowsServer);
  const after = imageValues(version);
  const values = { ...form.values };
  for (const field of Object.keys(after) as (keyof typeof after)[]) {
    if (values[field] === before[field]) values[field] = after[field];
  }
  return { ...form, windowsServer: version, values };
}

export type FormProblems = Partial<Record<FormField | 'windowsServer', MachineSetProblemCode>>;

/** What is wrong with each field of the platform, by the same rules the BFF applies. */
export function machineSetFormProblems(
  form: MachineSetForm,
  defaults: MachineSetDefaults,
): FormProblems {
  const { platform, values } = form;
  const problems: FormProblems = {};
  for (const field of [...placementFields[platform], ...imageFields[platform]]) {
    if (values[field].trim() === '' && !optionalFields.has(field)) problems[field] = 'required';
  }
  const set = (field: FormField | 'windowsServer', code: MachineSetProblemCode | undefined) => {
    if (code) problems[field] = code;
  };
  set('name', nameProblem(values.name, platform));
  set(
    'replicas',
    replicasProblem(/^\d+$/.test(values.replicas) ? Number(values.replicas) : Number.NaN),
  );
  set('zone', zoneProblem(platform, values.region, values.zone));
  if (platform === 'AWS') set('ami', amiProblem(values.ami));
  if (form.windowsServer === '') set('windowsServer', 'required');
  else if (!defaults.windowsServerVersions.includes(form.windowsServer))
    set('windowsServer', 'windows-server-unsupported');
  if (platform === 'VSphere' && defaults.vsphere?.linuxTemplates.includes(values.template))
    set('template', 'linux-template');
  return problems;
}

/** The template inputs of a valid form. */
export function machineSetInputs(
  form: MachineSetForm,
  defaults: MachineSetDefaults,
): MachineSetInputs {
  const v = form.values;
  const common = {
    infrastructureName: defaults.infrastructureName ?? '',
    name: v.name,
    replicas: Number(v.replicas),
  };
  switch (form.platform) {
    case 'AWS':
      return {
        ...common,
        platform: 'AWS',
        region: v.region,
        zone: v.zone,
        ami: v.ami,
        instanceType: v.instanceType,
        iamInstanceProfile: v.iamInstanceProfile,
        securityGroups: listOf(v.securityGroups),
        subnet: v.subnet,
      };
    case 'Azure':
      return {
        ...common,
        platform: 'Azure',
        location: v.region,
        zone: v.zone,
        vmSize: v.vmSize,
        image: {
          publisher: v.imagePublisher,
          offer: v.imageOffer,
          sku: v.imageSku,
          version: v.imageVersion,
        },
        resourceGroup: v.resourceGroup,
        networkResourceGroup: v.networkResourceGroup,
        vnet: v.vnet,
        subnet: v.subnet,
        managedIdentity: v.managedIdentity,
      };
    case 'VSphere':
      return {
        ...common,
        platform: 'VSphere',
        template: v.template,
        networkName: v.networkName,
        workspace: {
          server: v.server,
          datacenter: v.datacenter,
          datastore: v.datastore,
          folder: v.folder,
          resourcePool: v.resourcePool,
        },
      };
    case 'GCP':
      return {
        ...common,
        platform: 'GCP',
        region: v.region,
        zone: v.zone,
        projectID: v.projectID,
        image: v.image,
        machineType: v.machineType,
        network: v.network,
        subnetwork: v.subnetwork,
        serviceAccountEmail: v.serviceAccountEmail,
        tags: listOf(v.tags),
      };
  }
}
