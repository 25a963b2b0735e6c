import type { NodeUpgradeReason, NodeUpgradeState } from '../../../server/contract/upgrades';
import { useMemo } from 'react';
import { usePluginTranslation } from '../../i18n';

export interface UpgradeText {
  state: (state: NodeUpgradeState) => string;
  reason: (reason: NodeUpgradeReason) => string;
}

/** Words for the upgrade states and the reasons a node is blocked or failed. */
export function useUpgradeText(): UpgradeText {
  const { t } = usePluginTranslation();
  return useMemo(() => upgradeText(t), [t]);
}

function upgradeText(t: ReturnType<typeof usePluginTranslation>['t']): UpgradeText {
  const states: Record<NodeUpgradeState, string> = {
    'up-to-date': t('Up to date'),
    waiting: t('Waiting'),
    cordoned: t('Cordoned'),
    draining: t('Draining'),
    reconfiguring: t('Reconfiguring'),
    rejoining: t('Rejoining'),
    done: t('Done'),
    failed: t('Failed'),
    blocked: t('Blocked'),
  };
  const reason = ({ code, budgets = [], message = '', since = '' }: NodeUpgradeReason) => {
    switch (code) {
      case 'upgrade-blocked':
        return t(
          'WMCO stopped this node’s upgrade: it moves from in-tree storage to CSI drivers with a volume attached. Check the workload, then label the node windowsmachineconfig.openshift.io/allow-upgrade=true to go on.',
        );
      case 'drain-blocked-by-pdb':
        return t(
          'The drain is stopped by PodDisruptionBudget {{budgets}}: it allows no more disruptions. Scale the workload up or relax the budget.',
          { budgets: budgets.join(', ') },
        );
      case 'machine-deletion-restricted':
        return t('WMCO may not delete this node’s Machine: {{message}}', { message });
      case 'setup-failed':
        return t('WMCO reported: {{message}}', { message });
      case 'machine-failed':
        return t('The node’s Machine is in phase Failed.');
      case 'stuck':
        return t('No progress since {{since}}: longer than one node’s upgrade takes.', {
          since: new Date(since).toLocaleString(),
        });
    }
  };
  return { state: (state) => states[state], reason };
}
