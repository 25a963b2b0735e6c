import { useCallback } from 'react';
import type { WindowsMachine } from '../../../server/contract/machinesets';
import { ListView } from '../../components/list/ListView';
import type { RowAction } from '../../components/list/RowActions';
import { useList } from '../../components/list/useList';
import { usePluginTranslation } from '../../i18n';
import { useMachineListSpec } from './useMachineListSpec';

interface MachinesListProps {
  /** The MachineSet's name: its list is labelled with it, as several may be unfolded at once. */
  machineSet: string;
  machines: WindowsMachine[];
  onRemove: (machine: WindowsMachine) => void;
}

/** One MachineSet's machines, unfolded beneath it: the same list as every other, a page at a time. */
export function MachinesList({ machineSet, machines, onRemove }: MachinesListProps) {
  const { t } = usePluginTranslation();
  const spec = useMachineListSpec();
  const list = useList(machines, spec);
  const rowActions = useCallback(
    (machine: WindowsMachine): RowAction[] => [
      {
        title: machine.deleting ? t('Deleting') : t('Remove machine'),
        isDanger: true,
        isDisabled: machine.deleting,
        onClick: () => {
          onRemove(machine);
        },
      },
    ],
    [t, onRemove],
  );
  return (
    <ListView
      list={list}
      label={t('Machines of {{machineSet}}', { machineSet })}
      testId="machines-table"
      rowActions={rowActions}
      empty={{
        title: t('No machines'),
        body: t('The MachineSet has no machines: scale it up to create some.'),
      }}
    />
  );
}
