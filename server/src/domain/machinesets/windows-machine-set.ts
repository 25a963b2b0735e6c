import type { MachineSet } from '../../cluster/openshift-objects';
import type { WindowsMachineSetFacts } from '../overview/cluster-snapshot';
import type { WindowsServerVersion } from '../support/support-matrix';
import { wmcoNames } from '../wmco-names';

export function isWindowsMachineSet(machineSet: MachineSet): boolean {
  return machineSet.spec?.template?.metadata?.labels?.[wmcoNames.machineOsIdLabel] === 'Windows';
}

/**
 * The Windows Server version an image reference names, where it names one: Azure SKUs
 * (`2022-datacenter-smalldisk`), GCP families (`windows-2022-core`), vSphere template names.
 * AWS AMI ids carry no version.
 */
export function windowsServerOfImage(
  providerSpec: Record<string, unknown> | undefined,
): WindowsServerVersion | undefined {
  const image =
    providerSpec?.image ??
    providerSpec?.template ??
    (providerSpec?.disks as { image?: unknown }[] | undefined)?.[0]?.image;
  const match = /(?:^|[^0-9])(2019|2022|2025)(?:[^0-9]|$)/.exec(JSON.stringify(image ?? ''));
  return match?.[1] as WindowsServerVersion | undefined;
}

export function toWindowsMachineSetFacts(machineSet: MachineSet): WindowsMachineSetFacts {
  return {
    name: machineSet.metadata?.name ?? '',
    replicas: machineSet.spec?.replicas ?? 0,
    readyReplicas: machineSet.status?.readyReplicas ?? 0,
    availableReplicas: machineSet.status?.availableReplicas ?? 0,
    windowsServer: windowsServerOfImage(machineSet.spec?.template?.spec?.providerSpec?.value),
  };
}
