import type {
  CreateMachineSetRequest,
  CreateMachineSetResult,
  MachineRemovalRequest,
  MachineRemovalResult,
  MachineSetDefaults,
  ScaleResult,
  WindowsMachineSetsResponse,
} from '../../../server/contract/machinesets';
import { deleteFromBff, postToBff, putToBff } from '../../api/bff-client';
import { useBffQuery } from '../../api/useBffQuery';
import { useLiveBff } from '../../api/useLiveBff';

/** The MachineSets page's calls to the BFF, each made with the user's token by the console's proxy. */

function machineSetPath(name: string): string {
  return `/machinesets/${encodeURIComponent(name)}`;
}

export function useMachineSets() {
  return useLiveBff<WindowsMachineSetsResponse>('/machinesets');
}

export function useMachineSetDefaults() {
  return useBffQuery<MachineSetDefaults>('/machinesets/defaults');
}

export function createMachineSet(
  request: CreateMachineSetRequest,
): Promise<CreateMachineSetResult> {
  return postToBff<CreateMachineSetResult>('/machinesets', request);
}

export function scaleMachineSet(name: string, replicas: number): Promise<ScaleResult> {
  return putToBff<ScaleResult>(`${machineSetPath(name)}/scale`, { replicas });
}

export function removeMachine(
  name: string,
  machine: string,
  request: MachineRemovalRequest,
): Promise<MachineRemovalResult> {
  return postToBff<MachineRemovalResult>(
    `${machineSetPath(name)}/machines/${encodeURIComponent(machine)}/removal`,
    request,
  );
}

export function deleteMachineSet(name: string): Promise<unknown> {
  return deleteFromBff(machineSetPath(name));
}
