// An OpenShift 4.22.3 cluster installed on Google Cloud (installer-provisioned, project
// openshift-winlab, us-central1, OVN-Kubernetes with hybrid networking): three Linux worker
// MachineSets as the installer writes them, which the Windows MachineSet wizard prefills from.
import type { ClusterShape, MachineSetShape } from './openshift-cluster';

export const GCP_INFRASTRUCTURE_NAME = 'winlab-gc7m3';
export const GCP_PROJECT = 'openshift-winlab';
export const GCP_REGION = 'us-central1';

function linuxWorkerMachineSet(zoneSuffix: string): MachineSetShape {
  return {
    name: `${GCP_INFRASTRUCTURE_NAME}-worker-${zoneSuffix}`,
    replicas: 1,
    capacity: { vCPU: 4, memoryMb: 16384 },
    providerSpec: {
      apiVersion: 'machine.openshift.io/v1beta1',
      kind: 'GCPMachineProviderSpec',
      canIPForward: false,
      credentialsSecret: { name: 'gcp-cloud-credentials' },
      deletionProtection: false,
      disks: [
        {
          autoDelete: true,
          boot: true,
          image: 'projects/rhcos-cloud/global/images/rhcos-9-6-20250523-0-gcp-x86-64',
          labels: null,
          sizeGb: 128,
          type: 'pd-ssd',
        },
      ],
      machineType: 'n2-standard-4',
      metadata: {},
      networkInterfaces: [
        {
          network: `${GCP_INFRASTRUCTURE_NAME}-network`,
          subnetwork: `${GCP_INFRASTRUCTURE_NAME}-worker-subnet`,
        },
      ],
      projectID: GCP_PROJECT,
      region: GCP_REGION,
      serviceAccounts: [
        {
          email: `${GCP_INFRASTRUCTURE_NAME}-w@${GCP_PROJECT}.iam.gserviceaccount.com`,
          scopes: ['https://www.googleapis.com/auth/cloud-platform'],
        },
      ],
      shieldedInstanceConfig: {},
      tags: [`${GCP_INFRASTRUCTURE_NAME}-worker`],
      userDataSecret: { name: 'worker-user-data' },
      zone: `${GCP_REGION}-${zoneSuffix}`,
    },
  };
}

export const gcpCluster: ClusterShape = {
  infrastructureName: GCP_INFRASTRUCTURE_NAME,
  clusterDomain: 'winlab.gcp.example.com',
  platformSpec: { type: 'GCP', gcp: {} },
  platformStatus: { type: 'GCP', gcp: { projectID: GCP_PROJECT, region: GCP_REGION } },
  machineNetwork: '10.0.0.0/16',
  network: { type: 'OVNKubernetes' },
  workerMachineSets: ['a', 'b', 'c'].map(linuxWorkerMachineSet),
};
