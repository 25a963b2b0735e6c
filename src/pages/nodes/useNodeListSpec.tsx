import { useMemo } from 'react';
import { Label } from '@patternfly/react-core';
import type { WindowsNode } from '../../../server/contract/nodes';
import { consoleLinks } from '../../components/console-links';
import { Age } from '../../components/Age';
import { nodeSourceAttribute, nodeSourceText } from '../../components/node-source';
import { nodeStatusLabel, nodeStatusOptions, nodeStatusTexts } from '../../components/node-status';
import { nodeStatus } from '../../../server/src/domain/nodes/node-status';
import { ListLink } from '../../components/list/ListLink';
import type { ListSpec } from '../../components/list/useList';
import { nodeAttributes, nodeSearchText, nodeSortKeys } from './node-table-model';
import { usePluginTranslation } from '../../i18n';

/** The Windows nodes list: columns, filters and sort, for fleets of thousands. */
export function useNodeListSpec(operatorVersion: string | undefined): ListSpec<WindowsNode> {
  const { t } = usePluginTranslation();
  return useMemo(() => {
    const statusTexts = nodeStatusTexts(t);
    return {
      id: 'nodes',
      rowKey: (node) => node.name,
      rowTestId: (node) => `node-${node.name}`,
      searchText: nodeSearchText,
      searchPlaceholder: t('Filter by name, address, build or version'),
      defaultSort: { column: 'name', direction: 'asc' },
      columns: [
        {
          id: 'name',
          title: t('Name'),
          required: true,
          sortKey: nodeSortKeys.name,
          cell: (node) => <ListLink to={consoleLinks.node(node.name)}>{node.name}</ListLink>,
        },
        {
          id: 'windowsServer',
          title: t('Windows Server'),
          sortKey: nodeSortKeys.windowsServer,
          cell: (node) =>
            node.windowsServer
              ? `${node.windowsServer} (${node.build ?? ''})`
              : (node.build ?? '—'),
        },
        {
          id: 'wmcoVersion',
          title: t('WMCO version'),
          sortKey: nodeSortKeys.wmcoVersion,
          cell: (node) => (
            <>
              {node.wmcoVersion ?? t('Not configured yet')}
              {node.wmcoVersion &&
              operatorVersion &&
              !node.wmcoVersion.startsWith(operatorVersion) ? (
                <Label isCompact status="warning">
                  {t('older than WMCO {{version}}', { version: operatorVersion })}
                </Label>
              ) : null}
            </>
          ),
        },
        {
          id: 'source',
          title: t('Source'),
          sortKey: nodeSortKeys.source,
          cell: (node) => (
            <>
              {nodeSourceText(t, node.source)}
              {node.origin ? (
                <div>
                  {node.source === 'MachineSet' ? (
                    <ListLink to={consoleLinks.machineSet(node.origin)}>{node.origin}</ListLink>
                  ) : (
                    node.origin
                  )}
                </div>
              ) : null}
            </>
          ),
        },
        {
          id: 'status',
          title: t('Status'),
          sortKey: nodeSortKeys.status,
          cell: (node) => nodeStatusLabel(nodeStatus(node), statusTexts),
        },
        {
          id: 'scheduling',
          title: t('Scheduling'),
          sortKey: nodeSortKeys.scheduling,
          cell: (node) => (node.schedulable ? t('Schedulable') : t('Cordoned')),
        },
        {
          id: 'addresses',
          title: t('Addresses'),
          hiddenByDefault: true,
          cell: (node) => node.addresses.join(', ') || '—',
        },
        {
          id: 'age',
          title: t('Age'),
          sortKey: nodeSortKeys.age,
          cell: (node) => <Age at={node.createdAt} />,
        },
      ],
      attributes: [
        {
          id: 'status',
          title: t('Status'),
          placeholder: t('Filter by status'),
          value: nodeAttributes.status,
          options: nodeStatusOptions(statusTexts),
        },
        nodeSourceAttribute(t),
        {
          id: 'windowsServer',
          title: t('Windows Server'),
          placeholder: t('Filter by Windows Server version'),
          value: nodeAttributes.windowsServer,
          options: [{ id: 'none', label: t('Unknown') }],
        },
        {
          id: 'wmcoVersion',
          title: t('WMCO version'),
          placeholder: t('Filter by WMCO version'),
          value: nodeAttributes.wmcoVersion,
          options: [{ id: 'none', label: t('Not configured yet') }],
        },
        {
          id: 'machineSet',
          title: t('MachineSet'),
          placeholder: t('Filter by MachineSet'),
          value: nodeAttributes.machineSet,
        },
      ],
    };
  }, [t, operatorVersion]);
}
