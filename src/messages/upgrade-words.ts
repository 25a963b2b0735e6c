import type {
  NodeUpgradeReason,
  NodeUpgradeState,
  UpgradeReasonCode,
} from '../../server/contract/upgrades';
import type { Wording } from './wording';

/** Where a Windows node stands in a WMCO upgrade. */
export const upgradeStateWords: Record<NodeUpgradeState, (wording: Wording) => string> = {
  'up-to-date': ({ t }) => t('Up to date'),
  waiting: ({ t }) => t('Waiting'),
  cordoned: ({ t }) => t('Cordoned'),
  draining: ({ t }) => t('Draining'),
  reconfiguring: ({ t }) => t('Reconfiguring'),
  rejoining: ({ t }) => t('Rejoining'),
  done: ({ t }) => t('Done'),
  failed: ({ t }) => t('Failed'),
  blocked: ({ t }) => t('Blocked'),
};

/** Why a node is blocked or failed; `message` is WMCO's (or the Machine API's) own words. */
export const upgradeReasonWords: Record<
  UpgradeReasonCode,
  (wording: Wording, reason: NodeUpgradeReason) => string
> = {
  'upgrade-blocked': ({ t }) =>
    t(
      'WMCO stopped this node’s upgrade: it moves from in-tree storage to CSI drivers with a volume attached. Check the workload, then label the node windowsmachineconfig.openshift.io/allow-upgrade=true to go on.',
    ),
  'drain-blocked-by-pdb': (w, { budgets = [] }) =>
    w.t(
      'The drain is stopped by PodDisruptionBudget {{budgets}}: it allows no more disruptions. Scale the workload up or relax the budget.',
      { budgets: w.list(budgets) },
    ),
  'machine-deletion-restricted': ({ t }, { message = '' }) =>
    t('WMCO may not delete this node’s Machine: {{message}}', { message }),
  'setup-failed': ({ t }, { message = '' }) => t('WMCO reported: {{message}}', { message }),
  'machine-failed': ({ t }) => t('The node’s Machine is in phase Failed.'),
  stuck: (w, { since }) =>
    since
      ? w.t('No progress since {{since}}: longer than one node’s upgrade takes.', {
          since: w.dateTime(since),
        })
      : w.t('No progress for longer than one node’s upgrade takes.'),
};
