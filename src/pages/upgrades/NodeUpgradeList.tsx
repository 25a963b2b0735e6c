import { useCallback } from 'react';
import { Card, CardBody, CardTitle, Stack } from '@patternfly/react-core';
import type { NodeUpgrade, NodeUpgradeState } from '../../../server/contract/upgrades';
import { withAttributeToggled } from '../../components/list/list-model';
import { ListView } from '../../components/list/ListView';
import { useList } from '../../components/list/useList';
import { usePluginTranslation } from '../../i18n';
import { StateSummary } from './StateSummary';
import { useNodeUpgradeListSpec } from './useNodeUpgradeListSpec';

/** Every node of the upgrade: a count per state above the list, each count a filter of it. */
export function NodeUpgradeList({ nodes }: { nodes: NodeUpgrade[] }) {
  const { t } = usePluginTranslation();
  const spec = useNodeUpgradeListSpec();
  const list = useList(nodes, spec);
  const { update } = list;
  const toggleState = useCallback(
    (state: NodeUpgradeState) => {
      update((current) => withAttributeToggled(current, 'state', state));
    },
    [update],
  );
  return (
    <Card>
      <CardTitle component="h2">{t('Nodes')}</CardTitle>
      <CardBody>
        <Stack hasGutter>
          <StateSummary
            options={list.options.state ?? []}
            selected={list.state.attributes.state ?? []}
            onToggle={toggleState}
          />
          <ListView
            list={list}
            label={t('Windows nodes in the upgrade')}
            testId="upgrade-nodes"
            empty={{
              title: t('No Windows nodes to upgrade'),
              body: t('When WMCO is upgraded, its Windows nodes appear here with their progress.'),
            }}
          />
        </Stack>
      </CardBody>
    </Card>
  );
}
