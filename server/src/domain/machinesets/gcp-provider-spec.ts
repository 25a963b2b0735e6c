import { wmcoNames } from '../wmco-names';
import type { GcpInputs } from './machine-set-inputs';

/** The guide's GCP providerSpec (5.4.2). */
export function gcpProviderSpec(inputs: GcpInputs): object {
  return {
    apiVersion: 'machine.openshift.io/v1beta1',
    canIPForward: false,
    credentialsSecret: { name: 'gcp-cloud-credentials' },
    deletionProtection: false,
    disks: [{ autoDelete: true, boot: true, image: inputs.image, sizeGb: 128, type: 'pd-ssd' }],
    kind: 'GCPMachineProviderSpec',
    machineType: inputs.machineType,
    networkInterfaces: [{ network: inputs.network, subnetwork: inputs.subnetwork }],
    projectID: inputs.projectID,
    region: inputs.region,
    serviceAccounts: [
      {
        email: inputs.serviceAccountEmail,
        scopes: ['https://www.googleapis.com/auth/cloud-platform'],
      },
    ],
    tags: inputs.tags,
    userDataSecret: { name: wmcoNames.userDataSecret },
    zone: inputs.zone,
  };
}
