import { useState } from 'react';
import { Button, Flex } from '@patternfly/react-core';
import { ExpandableRowContent, Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { WindowsMachine, WindowsMachineSet } from '../../../server/contract/machinesets';
import { useAge } from '../../messages/useWording';
import { usePluginTranslation } from '../../i18n';
import { MachinesTable } from './MachinesTable';

interface MachineSetsTableProps {
  machineSets: WindowsMachineSet[];
  onScale: (machineSet: WindowsMachineSet) => void;
  onDelete: (machineSet: WindowsMachineSet) => void;
  onRemoveMachine: (machineSet: WindowsMachineSet, machine: WindowsMachine) => void;
}

/** `oc get machinesets` for the Windows ones, each with its machines unfolded beneath it. */
export function MachineSetsTable({
  machineSets,
  onScale,
  onDelete,
  onRemoveMachine,
}: MachineSetsTableProps) {
  const { t } = usePluginTranslation();
  const age = useAge();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const toggle = (name: string) => {
    setCollapsed((previous) => {
      const next = new Set(previous);
      if (next.has(name)) next.delete(name);
      else next.add(name);
      return next;
    });
  };
  return (
    <Table aria-label={t('Windows MachineSets')} data-test="machinesets-table">
      <Thead>
        <Tr>
          <Th screenReaderText={t('Show machines')} />
          <Th>{t('Name')}</Th>
          <Th modifier="wrap">{t('Windows Server')}</Th>
          <Th modifier="wrap">{t('Desired')}</Th>
          <Th modifier="wrap">{t('Current')}</Th>
          <Th modifier="wrap">{t('Ready')}</Th>
          <Th modifier="wrap">{t('Available')}</Th>
          <Th>{t('Age')}</Th>
          <Th screenReaderText={t('Actions')} />
        </Tr>
      </Thead>
      {machineSets.map((machineSet, rowIndex) => {
        const isExpanded = !collapsed.has(machineSet.name);
        return (
          <Tbody
            key={machineSet.name}
            isExpanded={isExpanded}
            data-test={`machineset-${machineSet.name}`}
          >
            <Tr>
              <Td
                expand={{
                  rowIndex,
                  isExpanded,
                  onToggle: () => {
                    toggle(machineSet.name);
                  },
                }}
              />
              <Td dataLabel={t('Name')}>{machineSet.name}</Td>
              <Td dataLabel={t('Windows Server')}>{machineSet.windowsServer ?? '—'}</Td>
              <Td dataLabel={t('Desired')} data-test="desired">
                {machineSet.desired}
              </Td>
              <Td dataLabel={t('Current')} data-test="current">
                {machineSet.current}
              </Td>
              <Td dataLabel={t('Ready')} data-test="ready">
                {machineSet.ready}
              </Td>
              <Td dataLabel={t('Available')} data-test="available">
                {machineSet.available}
              </Td>
              <Td dataLabel={t('Age')}>{age(machineSet.createdAt)}</Td>
              <Td isActionCell>
                <Flex flexWrap={{ default: 'nowrap' }}>
                  <Button
                    variant="secondary"
                    size="sm"
                    isDisabled={machineSet.deleting}
                    onClick={() => {
                      onScale(machineSet);
                    }}
                  >
                    {t('Scale')}
                  </Button>
                  <Button
                    variant="secondary"
                    isDanger
                    size="sm"
                    isDisabled={machineSet.deleting}
                    onClick={() => {
                      onDelete(machineSet);
                    }}
                  >
                    {t('Delete')}
                  </Button>
                </Flex>
              </Td>
            </Tr>
            <Tr isExpanded={isExpanded}>
              <Td colSpan={9}>
                <ExpandableRowContent>
                  <MachinesTable
                    machines={machineSet.machines}
                    onRemove={(machine) => {
                      onRemoveMachine(machineSet, machine);
                    }}
                  />
                </ExpandableRowContent>
              </Td>
            </Tr>
          </Tbody>
        );
      })}
    </Table>
  );
}
