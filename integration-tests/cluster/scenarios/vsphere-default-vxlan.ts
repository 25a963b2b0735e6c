// An OpenShift 4.22.3 cluster installed on vSphere (installer-provisioned, one vCenter, the
// installer's single generated failure domain) with OVN-Kubernetes hybrid networking configured
// but without a custom VXLAN port (hybridOverlayVXLANPort): Windows nodes cannot join it (guide
// 4.12 ch. 2.8), and the port can only be set at install time. Three Linux worker MachineSets.
import type { KubeClient } from '../kube-client';
import { seedOpenShiftCluster, type ClusterShape, type MachineSetShape } from './openshift-cluster';

export const VSPHERE_INFRASTRUCTURE_NAME = 'winlab-vs9q2';

/** Where the cluster lives in vCenter; the installer writes it into platformSpec and providerSpecs. */
export const vsphereWorkspace = {
  server: 'vcenter.winlab.example.com',
  datacenter: 'WinLab-DC',
  datastore: '/WinLab-DC/datastore/WinLab-DS01',
  folder: `/WinLab-DC/vm/${VSPHERE_INFRASTRUCTURE_NAME}`,
  resourcePool: '/WinLab-DC/host/WinLab-Cluster/Resources',
} as const;
export const VSPHERE_NETWORK = 'VM Network';
const TEMPLATE = `${VSPHERE_INFRASTRUCTURE_NAME}-rhcos-generated-region-generated-zone`;
const MACHINE_NETWORK = '192.168.10.0/24';

const platformSpec = {
  type: 'VSphere',
  vsphere: {
    vcenters: [{ server: vsphereWorkspace.server, port: 443, datacenters: ['WinLab-DC'] }],
    failureDomains: [
      {
        name: 'generated-failure-domain',
        region: 'generated-region',
        zone: 'generated-zone',
        server: vsphereWorkspace.server,
        topology: {
          computeCluster: '/WinLab-DC/host/WinLab-Cluster',
          datacenter: vsphereWorkspace.datacenter,
          datastore: vsphereWorkspace.datastore,
          folder: vsphereWorkspace.folder,
          networks: [VSPHERE_NETWORK],
          resourcePool: vsphereWorkspace.resourcePool,
          template: `${vsphereWorkspace.folder}/${TEMPLATE}`,
        },
      },
    ],
    apiServerInternalIPs: ['192.168.10.5'],
    ingressIPs: ['192.168.10.6'],
    machineNetworks: [MACHINE_NETWORK],
  },
};

const platformStatus = {
  type: 'VSphere',
  vsphere: {
    apiServerInternalIP: '192.168.10.5',
    apiServerInternalIPs: ['192.168.10.5'],
    ingressIP: '192.168.10.6',
    ingressIPs: ['192.168.10.6'],
    loadBalancer: { type: 'OpenShiftManagedDefault' },
    machineNetworks: [MACHINE_NETWORK],
  },
};

function linuxWorkerMachineSet(index: number): MachineSetShape {
  return {
    name: `${VSPHERE_INFRASTRUCTURE_NAME}-worker-${index}`,
    replicas: 1,
    capacity: { vCPU: 4, memoryMb: 16384 },
    providerSpec: {
      apiVersion: 'machine.openshift.io/v1beta1',
      kind: 'VSphereMachineProviderSpec',
      credentialsSecret: { name: 'vsphere-cloud-credentials' },
      diskGiB: 120,
      memoryMiB: 16384,
      metadata: {},
      network: { devices: [{ networkName: VSPHERE_NETWORK }] },
      numCPUs: 4,
      numCoresPerSocket: 4,
      snapshot: '',
      template: TEMPLATE,
      userDataSecret: { name: 'worker-user-data' },
      workspace: vsphereWorkspace,
    },
  };
}

export const vsphereDefaultVxlan: ClusterShape = {
  infrastructureName: VSPHERE_INFRASTRUCTURE_NAME,
  clusterDomain: 'winlab.vsphere.example.com',
  platformSpec,
  platformStatus,
  machineNetwork: MACHINE_NETWORK,
  network: { type: 'OVNKubernetes' }, // hybrid overlay, default VXLAN port 4789
  workerMachineSets: [0, 1, 2].map(linuxWorkerMachineSet),
};

export function seedVsphereDefaultVxlan(client: KubeClient): Promise<void> {
  return seedOpenShiftCluster(client, vsphereDefaultVxlan);
}
