import { wmcoNames } from '../wmco-names';
import { windowsComputerNameLimit } from './machine-set-rules';
import { azureMarketplaceImage } from './windows-images';
import {
  uiText,
  zoneIn,
  textField,
  type MachineSetPlatform,
  type PlatformField,
} from './machine-set-platform';
import { workerDefaults } from './worker-defaults';

const fields: PlatformField[] = [
  { name: 'region', label: uiText('Location'), step: 'machines', path: 'location', role: 'region' },
  // Azure zones are numbered within the location; a location without availability zones has none
  // (providerSpec `zone` is optional: "if nil, the virtual machine should be deployed to no zone").
  {
    name: 'zone',
    label: uiText('Zone'),
    step: 'machines',
    path: 'zone',
    role: 'zone',
    optional: true,
    hint: uiText('Empty in an Azure region without availability zones.'),
    rule: zoneIn(() => /^[1-3]$/),
  },
  textField('vmSize', uiText('VM size'), 'vmSize'),
  textField('resourceGroup', uiText('Resource group'), 'resourceGroup'),
  textField('networkResourceGroup', uiText('Network resource group'), 'networkResourceGroup'),
  textField('vnet', uiText('Virtual network'), 'vnet'),
  textField('subnet', uiText('Subnet'), 'subnet'),
  // Newer installs leave the managed identity out.
  {
    name: 'managedIdentity',
    label: uiText('Managed identity'),
    step: 'machines',
    path: 'managedIdentity',
    optional: true,
  },
  {
    name: 'imagePublisher',
    label: uiText('Image publisher'),
    step: 'image',
    path: 'image.publisher',
  },
  { name: 'imageOffer', label: uiText('Image offer'), step: 'image', path: 'image.offer' },
  { name: 'imageSku', label: uiText('Image SKU'), step: 'image', path: 'image.sku' },
  { name: 'imageVersion', label: uiText('Image version'), step: 'image', path: 'image.version' },
];

/** Microsoft Azure: the guide's 5.2.2. */
export const azure: MachineSetPlatform = {
  type: 'Azure',
  label: 'Azure',
  providerKind: 'AzureMachineProviderSpec',
  source: 'guide 5.2.2',
  nameLimit: windowsComputerNameLimit,
  defaultName: () => 'winworker',
  fields,
  readDefaults: (workers) => workerDefaults(fields, workers),
  imageValues: (version) => {
    const image = azureMarketplaceImage(version);
    return {
      imagePublisher: image.publisher,
      imageOffer: image.offer,
      imageSku: image.sku,
      imageVersion: image.version,
    };
  },
  imagePath: 'image',
  // A marketplace image: a `resourceID` of the old one would take precedence, so it goes.
  withImage: (spec, image) => ({
    ...spec,
    image: {
      offer: image.imageOffer ?? '',
      publisher: image.imagePublisher ?? '',
      resourceID: '',
      sku: image.imageSku ?? '',
      version: image.imageVersion ?? '',
    },
  }),
  providerSpec: (values) => ({
    apiVersion: 'azureproviderconfig.openshift.io/v1beta1',
    credentialsSecret: {
      name: 'azure-cloud-credentials',
      namespace: wmcoNames.machineApiNamespace,
    },
    image: {
      offer: values.imageOffer,
      publisher: values.imagePublisher,
      resourceID: '',
      sku: values.imageSku,
      version: values.imageVersion,
    },
    kind: 'AzureMachineProviderSpec',
    location: values.region,
    managedIdentity: values.managedIdentity,
    networkResourceGroup: values.networkResourceGroup,
    osDisk: {
      diskSizeGB: 128,
      managedDisk: { storageAccountType: 'Premium_LRS' },
      osType: 'Windows',
    },
    publicIP: false,
    resourceGroup: values.resourceGroup,
    subnet: values.subnet,
    userDataSecret: { name: wmcoNames.userDataSecret, namespace: wmcoNames.machineApiNamespace },
    vmSize: values.vmSize,
    vnet: values.vnet,
    // No zone at all where the location has none: a blank one would name a zone that does not exist.
    ...(values.zone?.trim() ? { zone: values.zone.trim() } : {}),
  }),
};
