// An OpenShift 4.22.3 cluster installed on Azure (installer-provisioned, centralus, three zones,
// OVN-Kubernetes with hybrid networking): three Linux worker MachineSets as the installer writes
// them, which the Windows MachineSet wizard prefills from.
import type { ClusterShape, MachineSetShape } from './openshift-cluster';

export const AZURE_INFRASTRUCTURE_NAME = 'winlab-az4k8';
export const AZURE_LOCATION = 'centralus';
const resourceGroup = `${AZURE_INFRASTRUCTURE_NAME}-rg`;

function linuxWorkerMachineSet(zone: string): MachineSetShape {
  return {
    name: `${AZURE_INFRASTRUCTURE_NAME}-worker-${AZURE_LOCATION}${zone}`,
    replicas: 1,
    capacity: { vCPU: 4, memoryMb: 16384 },
    providerSpec: {
      apiVersion: 'machine.openshift.io/v1beta1',
      kind: 'AzureMachineProviderSpec',
      acceleratedNetworking: true,
      credentialsSecret: { name: 'azure-cloud-credentials', namespace: 'openshift-machine-api' },
      diagnostics: {},
      image: {
        offer: '',
        publisher: '',
        resourceID: `/resourceGroups/${resourceGroup}/providers/Microsoft.Compute/galleries/gallery_winlab_az4k8/images/${AZURE_INFRASTRUCTURE_NAME}-gen2/versions/latest`,
        sku: '',
        version: '',
      },
      location: AZURE_LOCATION,
      managedIdentity: `${AZURE_INFRASTRUCTURE_NAME}-identity`,
      metadata: {},
      networkResourceGroup: resourceGroup,
      osDisk: {
        diskSettings: {},
        diskSizeGB: 128,
        managedDisk: { storageAccountType: 'Premium_LRS' },
        osType: 'Linux',
      },
      publicIP: false,
      publicLoadBalancer: AZURE_INFRASTRUCTURE_NAME,
      resourceGroup,
      subnet: `${AZURE_INFRASTRUCTURE_NAME}-worker-subnet`,
      userDataSecret: { name: 'worker-user-data' },
      vmSize: 'Standard_D4s_v3',
      vnet: `${AZURE_INFRASTRUCTURE_NAME}-vnet`,
      zone,
    },
  };
}

export const azureCluster: ClusterShape = {
  infrastructureName: AZURE_INFRASTRUCTURE_NAME,
  clusterDomain: 'winlab.azure.example.com',
  platformSpec: { type: 'Azure', azure: {} },
  platformStatus: {
    type: 'Azure',
    azure: {
      cloudName: 'AzurePublicCloud',
      resourceGroupName: resourceGroup,
      networkResourceGroupName: resourceGroup,
    },
  },
  machineNetwork: '10.0.0.0/16',
  network: { type: 'OVNKubernetes' },
  workerMachineSets: ['1', '2', '3'].map(linuxWorkerMachineSet),
};
