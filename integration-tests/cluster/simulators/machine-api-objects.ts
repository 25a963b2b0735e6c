// Part of the Machine API simulator (a TEST DOUBLE, never part of the product): the names and shapes
// of the Machine API objects it reads and writes, as far as it reads them.
import type { V1Node, V1ObjectMeta } from '@kubernetes/client-node';

export const MACHINE_SET_LABEL = 'machine.openshift.io/cluster-api-machineset';
export const OS_ID_LABEL = 'machine.openshift.io/os-id';
export const DELETE_MACHINE_ANNOTATION = 'machine.openshift.io/delete-machine';
export const EXCLUDE_DRAINING_ANNOTATION = 'machine.openshift.io/exclude-node-draining';
export const MACHINE_ANNOTATION = 'machine.openshift.io/machine';
/** The machine controller's finalizer: it deletes the instance and the node before letting go. */
export const MACHINE_FINALIZER = 'machine.machine.openshift.io';
export const WMCO_VERSION_ANNOTATION = 'windowsmachineconfig.openshift.io/version';
export const WMCO_DESIRED_VERSION_ANNOTATION = 'windowsmachineconfig.openshift.io/desired-version';

type StoredMeta = V1ObjectMeta & { name: string; namespace: string; uid: string };
export type ProviderSpec = Record<string, unknown>;

export interface MachineSet {
  apiVersion?: string;
  kind?: string;
  metadata: StoredMeta;
  spec: {
    replicas?: number;
    selector: { matchLabels?: Record<string, string> };
    template: {
      metadata?: { labels?: Record<string, string> };
      spec?: {
        metadata?: { labels?: Record<string, string> };
        providerSpec?: { value?: ProviderSpec };
      };
    };
  };
  status?: Record<string, unknown>;
}

export interface Machine {
  apiVersion?: string;
  kind?: string;
  metadata: StoredMeta;
  spec?: {
    providerID?: string;
    metadata?: { labels?: Record<string, string> };
    providerSpec?: { value?: ProviderSpec };
  };
  status?: {
    phase?: string;
    lastUpdated?: string;
    nodeRef?: { kind: string; name: string; uid?: string };
    addresses?: { type: string; address: string }[];
    errorReason?: string;
    errorMessage?: string;
  };
}

export type Node = V1Node & { metadata: V1ObjectMeta & { name: string } };

export function isWindowsMachine(machine: Machine): boolean {
  return machine.metadata.labels?.[OS_ID_LABEL] === 'Windows';
}

export function isWindowsMachineSet(machineSet: MachineSet): boolean {
  return machineSet.spec.template.metadata?.labels?.[OS_ID_LABEL] === 'Windows';
}
