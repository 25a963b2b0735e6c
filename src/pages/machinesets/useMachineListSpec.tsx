import { useMemo } from 'react';
import { Label, LabelGroup } from '@patternfly/react-core';
import type { WindowsMachine } from '../../../server/contract/machinesets';
import { consoleLinks } from '../../components/console-links';
import { ListLink } from '../../components/list/ListLink';
import type { ListSpec } from '../../components/list/useList';
import { machineNodeStatus, machinePhase } from './machine-set-list-model';
import { formatAge } from '../../messages/format';
import { useWording } from '../../messages/useWording';

function phaseStatus(phase: string): 'success' | 'danger' | 'info' {
  if (phase === 'Running') return 'success';
  return phase === 'Failed' ? 'danger' : 'info';
}

/** A MachineSet's machines: phase, address, and the Node each one became. Nested: state not in the URL. */
export function useMachineListSpec(): ListSpec<WindowsMachine> {
  const { t, language } = useWording();
  return useMemo(
    () => ({
      id: 'machines',
      url: false,
      perPage: 10,
      rowKey: (machine) => machine.name,
      rowTestId: (machine) => `machine-${machine.name}`,
      searchText: (machine) => [machine.name, machine.node, machine.address, machine.providerID],
      searchPlaceholder: t('Filter by name, node or address'),
      defaultSort: { column: 'name', direction: 'asc' },
      columns: [
        {
          id: 'name',
          title: t('Machine'),
          required: true,
          sortKey: (machine) => machine.name,
          cell: (machine) => (
            <ListLink to={consoleLinks.machine(machine.name)}>{machine.name}</ListLink>
          ),
        },
        {
          id: 'phase',
          title: t('Phase'),
          sortKey: machinePhase,
          cell: (machine) => (
            <>
              <LabelGroup collapsedText={t('${remaining} more')} expandedText={t('Show less')}>
                <Label
                  isCompact
                  status={phaseStatus(machinePhase(machine))}
                  data-test="machine-phase"
                >
                  {machine.phase ?? t('Pending')}
                </Label>
                {machine.markedForDeletion ? <Label isCompact>{t('delete-machine')}</Label> : null}
                {machine.excludeNodeDraining ? <Label isCompact>{t('no drain')}</Label> : null}
              </LabelGroup>
              {machine.errorMessage ? <div>{machine.errorMessage}</div> : null}
            </>
          ),
        },
        {
          id: 'providerID',
          title: t('Provider ID'),
          hiddenByDefault: true,
          sortKey: (machine) => machine.providerID ?? '',
          cell: (machine) => machine.providerID ?? '—',
        },
        {
          id: 'address',
          title: t('IP address'),
          sortKey: (machine) => machine.address ?? '',
          cell: (machine) => machine.address ?? '—',
        },
        {
          id: 'node',
          title: t('Node'),
          sortKey: (machine) => machine.node ?? '',
          cell: (machine) =>
            machine.node ? (
              <ListLink to={consoleLinks.node(machine.node)}>{machine.node}</ListLink>
            ) : (
              '—'
            ),
        },
        {
          id: 'nodeStatus',
          title: t('Node status'),
          sortKey: machineNodeStatus,
          cell: (machine) => (
            <span data-test="node-status">
              {machine.nodeReady === undefined ? (
                '—'
              ) : (
                <Label isCompact status={machine.nodeReady ? 'success' : 'danger'}>
                  {machine.nodeReady ? t('Ready') : t('Not Ready')}
                </Label>
              )}
            </span>
          ),
        },
        {
          id: 'age',
          title: t('Age'),
          sortKey: (machine) => -Date.parse(machine.createdAt ?? '1970-01-01T00:00:00Z'),
          cell: (machine) => formatAge(language, machine.createdAt),
        },
      ],
      attributes: [
        {
          id: 'phase',
          title: t('Phase'),
          placeholder: t('Filter by phase'),
          value: machinePhase,
        },
        {
          id: 'nodeStatus',
          title: t('Node status'),
          placeholder: t('Filter by node status'),
          value: machineNodeStatus,
          options: [
            { id: 'ready', label: t('Ready') },
            { id: 'not-ready', label: t('Not Ready') },
            { id: 'none', label: t('No node yet') },
          ],
        },
      ],
    }),
    [t, language],
  );
}
