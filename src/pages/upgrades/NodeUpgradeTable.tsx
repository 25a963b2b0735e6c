import { useState } from 'react';
import {
  Card,
  CardBody,
  CardTitle,
  FormSelect,
  FormSelectOption,
  Label,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { NodeUpgrade, NodeUpgradeState } from '../../../server/contract/upgrades';
import { Link } from '../../console';
import { usePluginTranslation } from '../../i18n';
import { stateCounts, stateStatus } from './upgrade-view-model';
import { useUpgradeText } from './useUpgradeText';

/** Each node's state, why it stalled, and the states it went through (as any viewer recorded them). */
export function NodeUpgradeTable({ nodes }: { nodes: NodeUpgrade[] }) {
  const { t } = usePluginTranslation();
  const text = useUpgradeText();
  const [shown, setShown] = useState<NodeUpgradeState | 'all'>('all');
  const rows = shown === 'all' ? nodes : nodes.filter((node) => node.state === shown);
  return (
    <Card>
      <CardTitle>{t('Nodes')}</CardTitle>
      <CardBody>
        <Toolbar>
          <ToolbarContent>
            <ToolbarItem>
              <FormSelect
                aria-label={t('Show nodes in state')}
                value={shown}
                onChange={(_event, value) => {
                  setShown(value as NodeUpgradeState | 'all');
                }}
              >
                <FormSelectOption value="all" label={t('All states')} />
                {stateCounts(nodes).map(({ state, count }) => (
                  <FormSelectOption
                    key={state}
                    value={state}
                    label={`${text.state(state)} (${String(count)})`}
                  />
                ))}
              </FormSelect>
            </ToolbarItem>
          </ToolbarContent>
        </Toolbar>
        <Table
          aria-label={t('Windows nodes in the upgrade')}
          variant="compact"
          data-test="upgrade-nodes"
        >
          <Thead>
            <Tr>
              <Th>{t('Node')}</Th>
              <Th>{t('Source')}</Th>
              <Th>{t('WMCO version')}</Th>
              <Th>{t('State')}</Th>
              <Th>{t('Timeline')}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {rows.map((node) => (
              <Tr key={node.name} data-test={`upgrade-node-${node.name}`} data-state={node.state}>
                <Td dataLabel={t('Node')}>
                  <Link to={`/k8s/cluster/nodes/${node.name}`}>{node.name}</Link>
                </Td>
                <Td dataLabel={t('Source')}>
                  {node.source === 'BYOH' ? t('BYOH') : t('MachineSet')}
                  {node.origin ? ` · ${node.origin}` : ''}
                </Td>
                <Td dataLabel={t('WMCO version')}>{node.version ?? t('Being reconfigured')}</Td>
                <Td dataLabel={t('State')}>
                  <Label isCompact status={stateStatus(node.state)} data-test="node-state">
                    {text.state(node.state)}
                  </Label>
                  {node.reason ? (
                    <div data-test="node-reason">{text.reason(node.reason)}</div>
                  ) : null}
                </Td>
                <Td dataLabel={t('Timeline')} data-test="node-timeline">
                  {node.history
                    .map((entry) => `${text.state(entry.state)} ${text.time(entry.at)}`)
                    .join(' → ') || '—'}
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      </CardBody>
    </Card>
  );
}
