import type { MachineSetProblem } from '../../../server/src/domain/machinesets/machine-set-problem';
import type {
  blockerCodes,
  ReplacementView,
  warningCodes,
} from '../../../server/contract/replacement';
import type { ErrorCode } from '../../../server/contract/errors';
import { bffFailureText } from '../../api/bff-client';
import { replacementStepWords } from '../../messages/replacement-words';
import { useWording } from '../../messages/useWording';
import { usePluginTranslation } from '../../i18n';
import { useProblemText } from '../machinesets/useProblemText';

type Params = Record<string, string | number>;
type StepId = ReplacementView['steps'][number]['id'];
type Coded = { code: string; params?: Params };

export interface ReplacementText {
  step: (step: StepId) => string;
  blocker: (blocker: { code: (typeof blockerCodes)[number]; params: Params }) => string;
  warning: (warning: { code: (typeof warningCodes)[number]; params: Params }) => string;
  /** What the replacement does or waits for next. */
  next: (next: ReplacementView['next']) => string;
  /** A coded failure: of a step, or of a request the BFF refused. */
  failure: (failure: Coded) => string;
  problem: (problem: Coded) => string;
}

/** Words for a guided replacement: its steps, what stops it, what it waits for, how it failed. */
export function useReplacementText(): ReplacementText {
  const { t } = usePluginTranslation();
  const problemText = useProblemText();
  const wording = useWording();
  const stepText = (step: StepId) => replacementStepWords[step](wording);
  const problem = ({ code, params }: Coded) =>
    problemText({ code: code as MachineSetProblem['code'], params });
  const blocker = ({ code, params }: Parameters<ReplacementText['blocker']>[0]) => {
    switch (code) {
      case 'image-incompatible':
        return t(
          '{{workload}}: image {{image}} (container {{container}}) does not run on build {{build}}.',
          params,
        );
      case 'no-node-after-move':
        return t(
          '{{workload}}: no Windows node would take it after the move (build {{build}}).',
          params,
        );
      case 'pdb-never-satisfiable':
        return t('PodDisruptionBudget {{budget}} allows no eviction: no drain can finish.', params);
      case 'windows-version-unsupported':
        return t(
          'WMCO {{wmco}} does not support Windows Server {{version}} on {{platform}}.',
          params,
        );
    }
  };
  const warning = ({ code, params }: Parameters<ReplacementText['warning']>[0]) =>
    code === 'image-unreadable'
      ? t('{{workload}}: image {{image}} could not be read from its registry.', params)
      : t('{{workload}}: whether image {{image}} runs on build {{build}} is unknown.', params);
  const next = ({ kind, step, code, params = {} }: ReplacementView['next']) => {
    if (kind === 'await-confirmation') return t('Waiting for your confirmation.');
    if (kind === 'wait') {
      switch (code) {
        case 'nodes-not-ready':
          return t('{{ready}} of {{wanted}} new nodes Ready.', params);
        case 'pods-terminating':
          return t('{{pods}} pods are terminating.', params);
        case 'drain-blocked':
          return t('The drain of {{node}} waits for PodDisruptionBudget {{budgets}}.', params);
        case 'machine-set-missing':
          return t('MachineSet {{machineSet}} is missing.', params);
        default:
          return t('Waiting.');
      }
    }
    if (kind === 'none') return t('Nothing left to do.');
    return step ? t('Working: {{step}}.', { step: stepText(step) }) : t('Working.');
  };
  const failure = ({ code, params = {} }: Coded) => {
    switch (code) {
      case 'machine-set-invalid':
        return t('The new MachineSet breaks the platform’s rules: {{problem}}', {
          problem: problem({ code: String(params.problem ?? ''), params }),
        });
      case 'name-taken':
        return t('A MachineSet named {{name}} already exists.', params);
      case 'machine-set-missing':
        return t('MachineSet {{machineSet}} is missing.', params);
      default:
        // Every code a request is refused with is worded with the BFF's other failures.
        return bffFailureText({ code: code as ErrorCode, params }) ?? code;
    }
  };
  return {
    step: stepText,
    blocker,
    warning,
    next,
    failure,
    problem,
  };
}
