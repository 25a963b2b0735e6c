/** What can be wrong with a Windows MachineSet: codes the pages word, defined with the contract. */
export type { MachineSetProblem, MachineSetProblemCode } from '../../../contract/machinesets';
