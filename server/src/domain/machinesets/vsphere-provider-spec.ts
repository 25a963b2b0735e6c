import { wmcoNames } from '../wmco-names';
import type { VSphereInputs } from './machine-set-inputs';

/** The guide's vSphere providerSpec (5.3.3). */
export function vsphereProviderSpec(inputs: VSphereInputs): object {
  return {
    apiVersion: 'vsphereprovider.openshift.io/v1beta1',
    credentialsSecret: { name: 'vsphere-cloud-credentials' },
    diskGiB: 128,
    kind: 'VSphereMachineProviderSpec',
    memoryMiB: 16384,
    network: { devices: [{ networkName: inputs.networkName }] },
    numCPUs: 4,
    numCoresPerSocket: 1,
    snapshot: '',
    template: inputs.template,
    userDataSecret: { name: wmcoNames.userDataSecret },
    workspace: {
      datacenter: inputs.workspace.datacenter,
      datastore: inputs.workspace.datastore,
      folder: inputs.workspace.folder,
      resourcePool: inputs.workspace.resourcePool,
      server: inputs.workspace.server,
    },
  };
}
