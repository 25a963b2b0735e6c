import { useMemo } from 'react';
import { Label } from '@patternfly/react-core';
import type { WindowsMachineSet } from '../../../server/contract/machinesets';
import { consoleLinks } from '../../components/console-links';
import { ListLink } from '../../components/list/ListLink';
import type { ListColumn, ListSpec } from '../../components/list/useList';
import { machineSetStatus, type MachineSetStatus } from './machine-set-list-model';
import { formatAge } from '../../messages/format';
import { useWording } from '../../messages/useWording';

type Count = 'desired' | 'current' | 'ready' | 'available';

const statusLabel: Record<MachineSetStatus, 'success' | 'info' | undefined> = {
  ready: 'success',
  progressing: 'info',
  deleting: undefined,
};

/** `oc get machinesets` for the Windows ones, each unfolding into its machines. */
export function useMachineSetListSpec(): ListSpec<WindowsMachineSet> {
  const { t, language } = useWording();
  return useMemo(() => {
    const statusText: Record<MachineSetStatus, string> = {
      ready: t('Ready'),
      progressing: t('Scaling'),
      deleting: t('Deleting'),
    };
    const count = (id: Count, title: string): ListColumn<WindowsMachineSet> => ({
      id,
      title,
      sortKey: (machineSet) => machineSet[id],
      cell: (machineSet) => <span data-test={id}>{machineSet[id]}</span>,
    });
    return {
      id: 'machinesets',
      rowKey: (machineSet) => machineSet.name,
      rowTestId: (machineSet) => `machineset-${machineSet.name}`,
      searchText: (machineSet) => [machineSet.name, machineSet.windowsServer],
      searchPlaceholder: t('Filter by name'),
      defaultSort: { column: 'name', direction: 'asc' },
      columns: [
        {
          id: 'name',
          title: t('Name'),
          required: true,
          sortKey: (machineSet) => machineSet.name,
          cell: (machineSet) => (
            <ListLink to={consoleLinks.machineSet(machineSet.name)}>{machineSet.name}</ListLink>
          ),
        },
        {
          id: 'windowsServer',
          title: t('Windows Server'),
          sortKey: (machineSet) => machineSet.windowsServer ?? '',
          cell: (machineSet) => machineSet.windowsServer ?? '—',
        },
        {
          id: 'status',
          title: t('Status'),
          sortKey: machineSetStatus,
          cell: (machineSet) => {
            const status = machineSetStatus(machineSet);
            return (
              <Label isCompact status={statusLabel[status]}>
                {statusText[status]}
              </Label>
            );
          },
        },
        count('desired', t('Desired')),
        count('current', t('Current')),
        count('ready', t('Ready')),
        count('available', t('Available')),
        {
          id: 'age',
          title: t('Age'),
          sortKey: (machineSet) => -Date.parse(machineSet.createdAt ?? '1970-01-01T00:00:00Z'),
          cell: (machineSet) => formatAge(language, machineSet.createdAt),
        },
      ],
      attributes: [
        {
          id: 'status',
          title: t('Status'),
          placeholder: t('Filter by status'),
          value: machineSetStatus,
          options: (['ready', 'progressing', 'deleting'] as const).map((status) => ({
            id: status,
            label: statusText[status],
          })),
        },
        {
          id: 'windowsServer',
          title: t('Windows Server'),
          placeholder: t('Filter by Windows Server version'),
          value: (machineSet) => machineSet.windowsServer ?? 'none',
          options: [{ id: 'none', label: t('Unknown') }],
        },
      ],
    };
  }, [t, language]);
}
