// An OpenShift 4.22.3 cluster installed on Nutanix (installer-provisioned on one Prism Element,
// OVN-Kubernetes with hybrid networking) with WMCO 10.22.0 installed: the Linux worker MachineSet as
// the installer writes it, which the Windows MachineSet wizard prefills from.
import type { ClusterShape } from './openshift-cluster';
import { wmcoInstalledOn } from './wmco-installed-clusters';

export const NUTANIX_INFRASTRUCTURE_NAME = 'winlab-nx5t2';
export const NUTANIX_PRISM_ELEMENT_UUID = '0005f8b2-3c4d-4e5f-8a6b-7c8d9e0f1a2b';
export const NUTANIX_SUBNET_UUID = 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e';

export const nutanixCluster: ClusterShape = {
  infrastructureName: NUTANIX_INFRASTRUCTURE_NAME,
  clusterDomain: 'winlab.nutanix.example.com',
  platformSpec: {
    type: 'Nutanix',
    nutanix: {
      prismCentral: { address: 'prism-central.winlab.example.com', port: 9440 },
      prismElements: [
        {
          name: 'winlab-pe',
          endpoint: { address: 'prism-element.winlab.example.com', port: 9440 },
        },
      ],
    },
  },
  platformStatus: {
    type: 'Nutanix',
    nutanix: { apiServerInternalIPs: ['10.40.0.5'], ingressIPs: ['10.40.0.6'] },
  },
  machineNetwork: '10.40.0.0/16',
  network: { type: 'OVNKubernetes' },
  workerMachineSets: [
    {
      name: `${NUTANIX_INFRASTRUCTURE_NAME}-worker`,
      replicas: 3,
      capacity: { vCPU: 4, memoryMb: 16384 },
      providerSpec: {
        apiVersion: 'machine.openshift.io/v1',
        kind: 'NutanixMachineProviderConfig',
        bootType: '',
        categories: null,
        cluster: { type: 'uuid', uuid: NUTANIX_PRISM_ELEMENT_UUID },
        credentialsSecret: { name: 'nutanix-credentials' },
        image: { type: 'name', name: `${NUTANIX_INFRASTRUCTURE_NAME}-rhcos` },
        memorySize: '16Gi',
        project: { type: '' },
        subnets: [{ type: 'uuid', uuid: NUTANIX_SUBNET_UUID }],
        systemDiskSize: '120Gi',
        userDataSecret: { name: 'worker-user-data' },
        vcpuSockets: 4,
        vcpusPerSocket: 1,
      },
    },
  ],
};

export const seedNutanixWmcoInstalled = wmcoInstalledOn(nutanixCluster);
