import { wmcoNames } from '../wmco-names';
import { awsProviderSpec } from './aws-provider-spec';
import { azureProviderSpec } from './azure-provider-spec';
import { gcpProviderSpec } from './gcp-provider-spec';
import type { MachineSetInputs } from './machine-set-inputs';
import { vsphereProviderSpec } from './vsphere-provider-spec';

function providerSpec(inputs: MachineSetInputs): object {
  switch (inputs.platform) {
    case 'AWS':
      return awsProviderSpec(inputs);
    case 'Azure':
      return azureProviderSpec(inputs);
    case 'VSphere':
      return vsphereProviderSpec(inputs);
    case 'GCP':
      return gcpProviderSpec(inputs);
  }
}

/**
 * A Windows MachineSet exactly as the guide writes it for the platform (ch. 5): the labels WMCO reacts
 * to (`os-id: Windows`), the worker role, and the platform's providerSpec.
 */
export function windowsMachineSetObject(inputs: MachineSetInputs): object {
  const { infrastructureName, name } = inputs;
  const cluster = { [wmcoNames.machineClusterLabel]: infrastructureName };
  return {
    apiVersion: 'machine.openshift.io/v1beta1',
    kind: 'MachineSet',
    metadata: { labels: cluster, name, namespace: wmcoNames.machineApiNamespace },
    spec: {
      replicas: inputs.replicas,
      selector: { matchLabels: { ...cluster, [wmcoNames.machineSetLabel]: name } },
      template: {
        metadata: {
          labels: {
            ...cluster,
            [wmcoNames.machineRoleLabel]: 'worker',
            [wmcoNames.machineTypeLabel]: 'worker',
            [wmcoNames.machineSetLabel]: name,
            [wmcoNames.machineOsIdLabel]: 'Windows',
          },
        },
        spec: {
          metadata: { labels: { [wmcoNames.workerRoleLabel]: '' } },
          providerSpec: { value: providerSpec(inputs) },
        },
      },
    },
  };
}
