import { wmcoNames } from '../wmco-names';
import type { MachineSetInputs } from './machine-set-inputs';
import { machineSetPlatform } from './platform-table';

/**
 * A Windows MachineSet exactly as the guide writes it for the platform (ch. 5): the labels WMCO reacts
 * to (`os-id: Windows`), the worker role, and the platform's providerSpec.
 */
export function windowsMachineSetObject(inputs: MachineSetInputs): object {
  const { infrastructureName, name } = inputs;
  const platform = machineSetPlatform(inputs.platform);
  if (!platform) throw new Error(`no Windows MachineSets on platform ${inputs.platform}`);
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
          providerSpec: { value: platform.providerSpec(inputs.values, { infrastructureName }) },
        },
      },
    },
  };
}
