import type { WindowsMachine, WindowsMachineSet } from '../../../server/contract/machinesets';

/** Beyond this many machines in all, MachineSets start folded: the page holds their rows only. */
export const foldAboveMachines = 20;

export function startsExpanded(machineSets: readonly WindowsMachineSet[]): boolean {
  return machineSets.reduce((sum, set) => sum + set.machines.length, 0) <= foldAboveMachines;
}

export type MachineSetStatus = 'deleting' | 'ready' | 'progressing';

/** Where a MachineSet stands: being deleted, every desired machine ready, or on its way there. */
export function machineSetStatus(machineSet: WindowsMachineSet): MachineSetStatus {
  if (machineSet.deleting) return 'deleting';
  return machineSet.ready === machineSet.desired && machineSet.current === machineSet.desired
    ? 'ready'
    : 'progressing';
}

/** The Machine API's phase; a machine without one has not been picked up yet. */
export function machinePhase(machine: WindowsMachine): string {
  return machine.phase ?? 'Pending';
}

export type MachineNodeStatus = 'ready' | 'not-ready' | 'none';

export function machineNodeStatus(machine: WindowsMachine): MachineNodeStatus {
  if (machine.nodeReady === undefined) return 'none';
  return machine.nodeReady ? 'ready' : 'not-ready';
}
