import type { MachineSetProblem } from '../../../server/contract/machinesets';
import { machineSetProblemWords } from '../../messages/machine-set-problem-words';
import { useWording } from '../../messages/useWording';
import { say } from '../../messages/wording';

/** Words for each problem code of the MachineSet rules, in the user's language. */
export function useProblemText(): (problem: Omit<MachineSetProblem, 'field'>) => string {
  const wording = useWording();
  return (problem) => say(machineSetProblemWords, wording, problem);
}
