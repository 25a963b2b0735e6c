import { Button, Label, LabelGroup } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { WindowsMachine } from '../../../server/contract/machinesets';
import { useAge } from '../../messages/useWording';
import { Link } from '../../console';
import { usePluginTranslation } from '../../i18n';

function phaseStatus(phase: string | undefined): 'success' | 'danger' | 'info' {
  if (phase === 'Running') return 'success';
  return phase === 'Failed' ? 'danger' : 'info';
}

/** A MachineSet's machines: phase, cloud instance, address, and the Node each one became. */
export function MachinesTable({
  machines,
  onRemove,
}: {
  machines: WindowsMachine[];
  onRemove: (machine: WindowsMachine) => void;
}) {
  const { t } = usePluginTranslation();
  const age = useAge();
  if (machines.length === 0) return <>{t('No machines.')}</>;
  return (
    <Table aria-label={t('Machines')} variant="compact" data-test="machines-table">
      <Thead>
        <Tr>
          <Th>{t('Machine')}</Th>
          <Th>{t('Phase')}</Th>
          <Th>{t('Provider ID')}</Th>
          <Th>{t('IP address')}</Th>
          <Th>{t('Node')}</Th>
          <Th modifier="wrap">{t('Node status')}</Th>
          <Th>{t('Age')}</Th>
          <Th screenReaderText={t('Actions')} />
        </Tr>
      </Thead>
      <Tbody>
        {machines.map((machine) => (
          <Tr key={machine.name} data-test={`machine-${machine.name}`}>
            <Td dataLabel={t('Machine')}>{machine.name}</Td>
            <Td dataLabel={t('Phase')}>
              <LabelGroup>
                <Label isCompact status={phaseStatus(machine.phase)} data-test="machine-phase">
                  {machine.phase ?? t('Pending')}
                </Label>
                {machine.markedForDeletion ? <Label isCompact>{t('delete-machine')}</Label> : null}
                {machine.excludeNodeDraining ? <Label isCompact>{t('no drain')}</Label> : null}
              </LabelGroup>
              {machine.errorMessage ? <div>{machine.errorMessage}</div> : null}
            </Td>
            <Td dataLabel={t('Provider ID')}>{machine.providerID ?? '—'}</Td>
            <Td dataLabel={t('IP address')}>{machine.address ?? '—'}</Td>
            <Td dataLabel={t('Node')}>
              {machine.node ? (
                <Link to={`/k8s/cluster/nodes/${machine.node}`}>{machine.node}</Link>
              ) : (
                '—'
              )}
            </Td>
            <Td dataLabel={t('Node status')} data-test="node-status">
              {machine.nodeReady === undefined ? (
                '—'
              ) : (
                <Label isCompact status={machine.nodeReady ? 'success' : 'danger'}>
                  {machine.nodeReady ? t('Ready') : t('Not Ready')}
                </Label>
              )}
            </Td>
            <Td dataLabel={t('Age')}>{age(machine.createdAt)}</Td>
            <Td isActionCell>
              <Button
                variant="secondary"
                isDanger
                size="sm"
                isDisabled={machine.deleting}
                onClick={() => {
                  onRemove(machine);
                }}
              >
                {machine.deleting ? t('Deleting') : t('Remove')}
              </Button>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}
