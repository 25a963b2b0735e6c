import type {
  MachineRemovalRequest,
  MachineRemovalResult,
  ScaleResult,
} from '../../../server/contract/machinesets';
import { bffUrl, postToBff, putToBff } from '../../api/bff-client';
import { consoleFetchJSON } from '../../console';

function machineSetPath(name: string): string {
  return `/machinesets/${encodeURIComponent(name)}`;
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
  return consoleFetchJSON.delete(bffUrl(machineSetPath(name)));
}
