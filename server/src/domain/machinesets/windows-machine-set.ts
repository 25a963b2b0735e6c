import type { WindowsMachine, WindowsMachineSet } from '../../../contract/machinesets';
import type { WindowsNode } from '../../../contract/nodes';
import type { Machine, MachineSet } from '../openshift-objects';
import { nodeStatus } from '../nodes/node-status';
import type { WindowsServerVersion } from '../support/support-matrix';
import { wmcoNames } from '../wmco-names';
import { valueAt } from './object-path';
import { machineSetPlatforms, platformOfProviderKind } from './platform-table';

export interface WindowsMachineSetFacts {
  name: string;
  replicas: number;
  readyReplicas: number;
  availableReplicas: number;
  /** Windows Server version when the image reference names it (Azure SKU, GCP image, vSphere template). */
  windowsServer?: WindowsServerVersion;
}

export function isWindowsMachineSet(machineSet: MachineSet): boolean {
  return machineSet.spec?.template?.metadata?.labels?.[wmcoNames.machineOsIdLabel] === 'Windows';
}

/**
 * The Windows Server version an image reference names, where it names one (the platform's
 * `imagePath`): Azure SKUs (`2022-datacenter-smalldisk`), GCP families (`windows-2022-core`), vSphere
 * template names. AWS AMI ids carry no version.
 */
export function windowsServerOfImage(
  providerSpec: Record<string, unknown> | undefined,
): WindowsServerVersion | undefined {
  // A providerSpec of no known kind is looked at where any platform keeps its image.
  const own = platformOfProviderKind(providerSpec?.kind);
  const image = (own ? [own] : machineSetPlatforms)
    .map((platform) => (platform.imagePath ? valueAt(providerSpec, platform.imagePath) : undefined))
    .find((value) => value !== undefined);
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

/** What a Machine's Node adds to the page: readiness, WMCO's configuration, its Windows Server. */
export type NodeFacts = ReadonlyMap<
  string,
  Pick<WindowsNode, 'ready' | 'windowsServer' | 'wmcoVersion' | 'upgrading'>
>;

/** A Machine as the MachineSets page shows it, with its Node's readiness where the Node is known. */
export function toWindowsMachine(machine: Machine, nodes: NodeFacts): WindowsMachine {
  const annotations = machine.metadata?.annotations ?? {};
  const node = machine.status?.nodeRef?.name;
  const facts = node === undefined ? undefined : nodes.get(node);
  return {
    name: machine.metadata?.name ?? '',
    phase: machine.status?.phase,
    providerID: machine.spec?.providerID,
    address: machine.status?.addresses?.find((address) => address.type === 'InternalIP')?.address,
    node,
    nodeReady: node === undefined ? undefined : (facts?.ready ?? false),
    nodeConfiguring: facts ? nodeStatus(facts) === 'configuring' : undefined,
    markedForDeletion: annotations[wmcoNames.deleteMachineAnnotation] === 'true',
    excludeNodeDraining: wmcoNames.excludeNodeDrainingAnnotation in annotations,
    deleting: machine.metadata?.deletionTimestamp !== undefined,
    errorMessage: machine.status?.errorMessage,
    createdAt: machine.metadata?.creationTimestamp,
  };
}

/**
 * A Windows MachineSet with the controller's counts (`oc get machinesets`) and its Machines. Its
 * Windows Server is what the image names, else what its nodes run (an AMI id names nothing).
 */
export function toWindowsMachineSet(
  machineSet: MachineSet,
  machines: readonly Machine[],
  nodes: NodeFacts,
): WindowsMachineSet {
  const name = machineSet.metadata?.name ?? '';
  const own = machines.filter(
    (machine) => machine.metadata?.labels?.[wmcoNames.machineSetLabel] === name,
  );
  const nodeServer = own
    .map((machine) => nodes.get(machine.status?.nodeRef?.name ?? '')?.windowsServer)
    .find((version) => version !== undefined);
  return {
    name,
    windowsServer:
      windowsServerOfImage(machineSet.spec?.template?.spec?.providerSpec?.value) ?? nodeServer,
    desired: machineSet.spec?.replicas ?? 0,
    current: machineSet.status?.replicas ?? 0,
    ready: machineSet.status?.readyReplicas ?? 0,
    available: machineSet.status?.availableReplicas ?? 0,
    deleting: machineSet.metadata?.deletionTimestamp !== undefined,
    machines: own
      .map((machine) => toWindowsMachine(machine, nodes))
      .sort((a, b) => a.name.localeCompare(b.name)),
    createdAt: machineSet.metadata?.creationTimestamp,
  };
}
