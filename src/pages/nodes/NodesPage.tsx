import { useMemo, useState } from 'react';
import {
  Alert,
  EmptyState,
  EmptyStateBody,
  EmptyStateFooter,
  FormSelect,
  FormSelectOption,
  Label,
  SearchInput,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr, type ThProps } from '@patternfly/react-table';
import type { NodesResponse } from '../../../server/contract/nodes';
import { useLiveBff } from '../../api/useLiveBff';
import { formatAge } from '../../components/format-age';
import { LoadState } from '../../components/LoadState';
import { WindowsPage } from '../../components/WindowsPage';
import { Link } from '../../console';
import { usePluginTranslation } from '../../i18n';
import { visibleNodes, type NodeColumn, type NodeFilter } from './node-table-model';

const columns: NodeColumn[] = [
  'name',
  'windowsServer',
  'wmcoVersion',
  'source',
  'ready',
  'schedulable',
  'age',
];

export default function NodesPage() {
  const { t } = usePluginTranslation();
  const { data, error, loading } = useLiveBff<NodesResponse>('/nodes');
  const [filter, setFilter] = useState<NodeFilter>({ text: '', source: 'all' });
  const [sort, setSort] = useState<{ column: NodeColumn; direction: 'asc' | 'desc' }>({
    column: 'name',
    direction: 'asc',
  });
  const rows = useMemo(() => visibleNodes(data?.nodes ?? [], filter, sort), [data, filter, sort]);
  const headers: Record<NodeColumn, string> = {
    name: t('Name'),
    windowsServer: t('Windows Server'),
    wmcoVersion: t('WMCO version'),
    source: t('Source'),
    ready: t('Status'),
    schedulable: t('Scheduling'),
    age: t('Age'),
  };
  const sortBy = (column: NodeColumn): ThProps['sort'] => ({
    sortBy: { index: columns.indexOf(sort.column), direction: sort.direction },
    onSort: (_event, _index, direction) => {
      setSort({ column, direction });
    },
    columnIndex: columns.indexOf(column),
  });

  return (
    <WindowsPage
      title={t('Windows nodes')}
      description={t(
        'Every Windows node with its Windows Server build, WMCO version, source and readiness.',
      )}
    >
      <LoadState loading={loading} error={error} hasData={data !== undefined}>
        {data && data.unreadable.length > 0 ? (
          <Alert
            isInline
            variant="warning"
            title={t('Some objects cannot be read with your permissions')}
          >
            {t('Not readable: {{resources}}. The list may be incomplete.', {
              resources: data.unreadable.join(', '),
            })}
          </Alert>
        ) : null}
        {data && data.nodes.length === 0 ? (
          <EmptyState headingLevel="h2" titleText={t('No Windows nodes yet')}>
            <EmptyStateBody>
              {t(
                'Windows nodes appear here once a Windows MachineSet has machines or a BYOH instance has joined.',
              )}
            </EmptyStateBody>
            <EmptyStateFooter>
              <Link to="/windows/machinesets">{t('Create a Windows MachineSet')}</Link>
              <Link to="/windows/byoh">{t('Add a BYOH instance')}</Link>
            </EmptyStateFooter>
          </EmptyState>
        ) : null}
        {data && data.nodes.length > 0 ? (
          <>
            <Toolbar>
              <ToolbarContent>
                <ToolbarItem>
                  <SearchInput
                    aria-label={t('Filter nodes')}
                    placeholder={t('Filter by name, address, build or version')}
                    value={filter.text}
                    onChange={(_event, text) => {
                      setFilter((previous) => ({ ...previous, text }));
                    }}
                    onClear={() => {
                      setFilter((previous) => ({ ...previous, text: '' }));
                    }}
                  />
                </ToolbarItem>
                <ToolbarItem>
                  <FormSelect
                    aria-label={t('Source')}
                    value={filter.source}
                    onChange={(_event, source) => {
                      setFilter((previous) => ({
                        ...previous,
                        source: source as NodeFilter['source'],
                      }));
                    }}
                  >
                    <FormSelectOption value="all" label={t('All sources')} />
                    <FormSelectOption value="MachineSet" label={t('MachineSet')} />
                    <FormSelectOption value="BYOH" label={t('BYOH')} />
                  </FormSelect>
                </ToolbarItem>
                <ToolbarItem>
                  {t('{{shown}} of {{total}} nodes', {
                    shown: rows.length,
                    total: data.nodes.length,
                  })}
                </ToolbarItem>
              </ToolbarContent>
            </Toolbar>
            <Table aria-label={t('Windows nodes')} variant="compact" data-test="nodes-table">
              <Thead>
                <Tr>
                  {columns.map((column) => (
                    <Th key={column} sort={sortBy(column)} modifier="wrap">
                      {headers[column]}
                    </Th>
                  ))}
                  <Th screenReaderText={t('Diagnostics')} />
                </Tr>
              </Thead>
              <Tbody>
                {rows.map((node) => (
                  <Tr key={node.name} data-test={`node-${node.name}`}>
                    <Td dataLabel={headers.name}>
                      <Link to={`/k8s/cluster/nodes/${node.name}`}>{node.name}</Link>
                    </Td>
                    <Td dataLabel={headers.windowsServer}>
                      {node.windowsServer
                        ? `${node.windowsServer} (${node.build ?? ''})`
                        : (node.build ?? '—')}
                    </Td>
                    <Td dataLabel={headers.wmcoVersion}>
                      {node.wmcoVersion ?? t('Not configured yet')}
                      {node.wmcoVersion &&
                      data.operatorVersion &&
                      !node.wmcoVersion.startsWith(data.operatorVersion) ? (
                        <Label isCompact status="warning">
                          {t('older than WMCO {{version}}', { version: data.operatorVersion })}
                        </Label>
                      ) : null}
                    </Td>
                    <Td dataLabel={headers.source} modifier="breakWord">
                      {node.source === 'BYOH' ? t('BYOH') : t('MachineSet')}
                      {node.origin ? <div>{node.origin}</div> : null}
                    </Td>
                    <Td dataLabel={headers.ready}>
                      <Label status={node.ready ? 'success' : 'danger'} isCompact>
                        {node.ready ? t('Ready') : t('Not Ready')}
                      </Label>
                    </Td>
                    <Td dataLabel={headers.schedulable}>
                      {node.schedulable ? t('Schedulable') : t('Cordoned')}
                    </Td>
                    <Td dataLabel={headers.age}>{formatAge(node.createdAt)}</Td>
                    <Td>
                      <Link to={`/windows/diagnostics/nodes/${node.name}`}>{t('Diagnose')}</Link>{' '}
                      <Link to={`/windows/diagnostics/nodes/${node.name}/logs`}>{t('Logs')}</Link>
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          </>
        ) : null}
      </LoadState>
    </WindowsPage>
  );
}
