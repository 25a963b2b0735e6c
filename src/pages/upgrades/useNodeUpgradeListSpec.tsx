import { useMemo } from 'react';
import { Label } from '@patternfly/react-core';
import type { NodeUpgrade } from '../../../server/contract/upgrades';
import { consoleLinks } from '../../components/console-links';
import { ListLink } from '../../components/list/ListLink';
import type { ListSpec } from '../../components/list/useList';
import { nodeSourceAttribute, nodeSourceText } from '../../components/node-source';
import { usePluginTranslation } from '../../i18n';
import { NodeTimeline } from './NodeTimeline';
import { attentionRank, stateOrder, stateStatus } from './upgrade-view-model';
import { useUpgradeText } from './useUpgradeText';

/** The nodes of an upgrade: their state, why they stalled, and the states they went through. */
export function useNodeUpgradeListSpec(): ListSpec<NodeUpgrade> {
  const { t } = usePluginTranslation();
  const text = useUpgradeText();
  return useMemo(() => {
    return {
      id: 'upgrade-nodes',
      rowKey: (node) => node.name,
      rowTestId: (node) => `upgrade-node-${node.name}`,
      rowData: (node) => ({ 'data-state': node.state }),
      searchText: (node) => [node.name, node.origin, node.version],
      searchPlaceholder: t('Filter by name, origin or version'),
      defaultSort: { column: 'state', direction: 'asc' },
      columns: [
        {
          id: 'name',
          title: t('Node'),
          required: true,
          sortKey: (node) => node.name,
          cell: (node) => <ListLink to={consoleLinks.node(node.name)}>{node.name}</ListLink>,
        },
        {
          id: 'source',
          title: t('Source'),
          sortKey: (node) => `${node.source} ${node.origin ?? ''}`,
          cell: (node) =>
            `${nodeSourceText(t, node.source)}${node.origin ? ` · ${node.origin}` : ''}`,
        },
        {
          id: 'version',
          title: t('WMCO version'),
          sortKey: (node) => node.version ?? '',
          cell: (node) => node.version ?? t('Being reconfigured'),
        },
        {
          id: 'state',
          title: t('State'),
          sortKey: (node) => attentionRank(node.state),
          cell: (node) => (
            <>
              <Label isCompact status={stateStatus(node.state)} data-test="node-state">
                {text.state(node.state)}
              </Label>
              {node.reason ? <div data-test="node-reason">{text.reason(node.reason)}</div> : null}
            </>
          ),
        },
        {
          id: 'timeline',
          title: t('Timeline'),
          cell: (node) => <NodeTimeline history={node.history} />,
        },
      ],
      attributes: [
        {
          id: 'state',
          title: t('State'),
          placeholder: t('Filter by state'),
          value: (node) => node.state,
          options: stateOrder.map((state) => ({ id: state, label: text.state(state) })),
        },
        nodeSourceAttribute(t),
        {
          id: 'version',
          title: t('WMCO version'),
          placeholder: t('Filter by WMCO version'),
          value: (node) => node.version ?? 'none',
          options: [{ id: 'none', label: t('Being reconfigured') }],
        },
      ],
    };
  }, [t, text]);
}
