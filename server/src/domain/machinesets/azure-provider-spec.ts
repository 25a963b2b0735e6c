import { wmcoNames } from '../wmco-names';
import type { AzureInputs } from './machine-set-inputs';

/** The guide's Azure providerSpec (5.2.2). */
export function azureProviderSpec(inputs: AzureInputs): object {
  return {
    apiVersion: 'azureproviderconfig.openshift.io/v1beta1',
    credentialsSecret: {
      name: 'azure-cloud-credentials',
      namespace: wmcoNames.machineApiNamespace,
    },
    image: {
      offer: inputs.image.offer,
      publisher: inputs.image.publisher,
      resourceID: '',
      sku: inputs.image.sku,
      version: inputs.image.version,
    },
    kind: 'AzureMachineProviderSpec',
    location: inputs.location,
    managedIdentity: inputs.managedIdentity,
    networkResourceGroup: inputs.networkResourceGroup,
    osDisk: {
      diskSizeGB: 128,
      managedDisk: { storageAccountType: 'Premium_LRS' },
      osType: 'Windows',
    },
    publicIP: false,
    resourceGroup: inputs.resourceGroup,
    subnet: inputs.subnet,
    userDataSecret: { name: wmcoNames.userDataSecret, namespace: wmcoNames.machineApiNamespace },
    vmSize: inputs.vmSize,
    vnet: inputs.vnet,
    zone: inputs.zone,
  };
}
