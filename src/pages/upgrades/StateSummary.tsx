import { Icon, ToggleGroup, ToggleGroupItem } from '@patternfly/react-core';
import {
  CheckCircleIcon,
  ExclamationCircleIcon,
  ExclamationTriangleIcon,
  InProgressIcon,
  OutlinedClockIcon,
} from '@patternfly/react-icons';
import type { NodeUpgradeState } from '../../../server/contract/upgrades';
import type { AttributeOption } from '../../components/list/useList';
import { usePluginTranslation } from '../../i18n';
import { stateOrder, stateStatus, type StateStatus } from './upgrade-view-model';
import { useUpgradeText } from './useUpgradeText';

/** Shape as well as colour, so a state never depends on colour alone. */
function StateGlyph({ status }: { status: StateStatus }) {
  switch (status) {
    case 'success':
      return <CheckCircleIcon />;
    case 'info':
      return <InProgressIcon />;
    case 'warning':
      return <ExclamationTriangleIcon />;
    case 'danger':
      return <ExclamationCircleIcon />;
    case undefined:
      return <OutlinedClockIcon />;
  }
}

interface StateSummaryProps {
  /** The node list's state options: counts over every node. */
  options: readonly AttributeOption[];
  selected: readonly string[];
  onToggle: (state: NodeUpgradeState) => void;
}

/** How many nodes are in each state, in the order a node goes through; each count filters the list. */
export function StateSummary({ options, selected, onToggle }: StateSummaryProps) {
  const { t } = usePluginTranslation();
  const text = useUpgradeText();
  const counts = new Map(options.map((option) => [option.id, option.count]));
  return (
    <ToggleGroup aria-label={t('Nodes per state; select to filter')} data-test="state-summary">
      {stateOrder
        .filter((state) => counts.has(state))
        .map((state) => (
          <ToggleGroupItem
            key={state}
            buttonId={`upgrade-state-${state}`}
            icon={
              <Icon status={stateStatus(state)}>
                <StateGlyph status={stateStatus(state)} />
              </Icon>
            }
            text={t('{{state}}: {{count}}', {
              state: text.state(state),
              count: counts.get(state) ?? 0,
            })}
            isSelected={selected.includes(state)}
            onChange={() => {
              onToggle(state);
            }}
            data-state={state}
          />
        ))}
    </ToggleGroup>
  );
}
