import { Flex, FlexItem, Icon, Label, LabelGroup } from '@patternfly/react-core';
import {
  CheckCircleIcon,
  ExclamationCircleIcon,
  ExclamationTriangleIcon,
  InProgressIcon,
  OutlinedClockIcon,
} from '@patternfly/react-icons';
import type { NodeUpgrade } from '../../../server/contract/upgrades';
import { usePluginTranslation } from '../../i18n';
import { stateCounts, stateStatus, type StateStatus } from './upgrade-view-model';
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

/** Every node as one icon, in rollout order: hundreds of nodes fit on a screen. */
export function NodeStateGrid({ nodes }: { nodes: NodeUpgrade[] }) {
  const { t } = usePluginTranslation();
  const text = useUpgradeText();
  return (
    <Flex direction={{ default: 'column' }} spaceItems={{ default: 'spaceItemsSm' }}>
      <FlexItem>
        <LabelGroup numLabels={10} aria-label={t('Nodes per state')} data-test="state-legend">
          {stateCounts(nodes).map(({ state, count }) => (
            <Label key={state} isCompact status={stateStatus(state)} data-state={state}>
              {text.state(state)}: {count}
            </Label>
          ))}
        </LabelGroup>
      </FlexItem>
      <Flex spaceItems={{ default: 'spaceItemsXs' }} role="list" aria-label={t('Node states')}>
        {nodes.map((node) => {
          const description = `${node.name}: ${text.state(node.state)}`;
          return (
            // A native title, not a Tooltip per node: cheap with hundreds of nodes.
            <Icon
              key={node.name}
              status={stateStatus(node.state)}
              role="listitem"
              title={description}
              aria-label={description}
              data-test="state-cell"
              data-state={node.state}
            >
              <StateGlyph status={stateStatus(node.state)} />
            </Icon>
          );
        })}
      </Flex>
    </Flex>
  );
}
