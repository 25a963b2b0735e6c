import type { replacementErrorCatalogue, ReplacementView } from '../../server/contract/replacement';
import type { Wording, WordsFor } from './wording';

type StepId = ReplacementView['steps'][number]['id'];

/** The steps of a guided MachineSet replacement, forward and rollback. */
export const replacementStepWords: Record<StepId, (wording: Wording) => string> = {
  'create-machine-set': ({ t }) => t('Create the new MachineSet'),
  'scale-up': ({ t }) => t('Scale the new MachineSet up'),
  'wait-nodes-ready': ({ t }) => t('Wait for the new nodes to be Ready'),
  'drain-old-nodes': ({ t }) => t('Cordon and drain the old nodes'),
  'scale-down-old': ({ t }) => t('Scale the old MachineSet to 0'),
  'uncordon-old-nodes': ({ t }) => t('Uncordon the old nodes'),
  'scale-old-back': ({ t }) => t('Scale the old MachineSet back'),
  'scale-new-down': ({ t }) => t('Scale the new MachineSet to 0'),
};

/** Why the BFF refused to preview, start or change a replacement. */
export const replacementErrorWords: WordsFor<typeof replacementErrorCatalogue> = {
  'platform-without-machine-sets': ({ t }, p) =>
    t('Platform {{platform}} has no MachineSets to replace.', p),
  'machine-set-unreadable': ({ t }, p) =>
    t('Your permissions do not allow reading MachineSet {{name}}.', p),
  'machine-set-not-found': ({ t }, p) => t('MachineSet {{name}} does not exist.', p),
  'no-replacement': ({ t }, p) => t('There is no replacement of {{machineSet}}.', p),
  'replacement-unreadable': ({ t }, p) =>
    t('Your permissions do not allow reading the replacement of {{machineSet}}.', p),
  'not-awaiting-confirmation': (w, { step }) =>
    w.t('The replacement no longer waits to confirm {{step}}.', {
      step: replacementStepWords[step](w),
    }),
  'not-running': ({ t }) => t('The replacement is no longer running.'),
  'replacement-in-progress': ({ t }, p) =>
    t('A replacement of {{machineSet}} by {{newMachineSet}} is already under way.', p),
  'replacement-blocked': ({ t }) => t('The move is blocked: preview it to see why.'),
};
