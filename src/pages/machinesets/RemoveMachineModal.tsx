import { useState } from 'react';
import { Alert, Checkbox, FormGroup, Radio } from '@patternfly/react-core';
import type {
  MachineRemovalRequest,
  WindowsMachine,
  WindowsMachineSet,
} from '../../../server/contract/machinesets';
import { usePluginTranslation } from '../../i18n';
import { ConfirmModal } from '../../components/ConfirmModal';
import { removeMachine } from './machinesets-api';

/** Guide 6.4 and 9.1: remove one machine, for good (scale down) or to have it replaced. */
export function RemoveMachineModal({
  machineSet,
  machine,
  onClose,
}: {
  machineSet: WindowsMachineSet;
  machine: WindowsMachine;
  onClose: () => void;
}) {
  const { t } = usePluginTranslation();
  const [mode, setMode] = useState<MachineRemovalRequest['mode']>('scale-down');
  const [skipDrain, setSkipDrain] = useState(false);
  return (
    <ConfirmModal
      id="remove-machine"
      title={t('Remove machine {{name}}', { name: machine.name })}
      confirmLabel={t('Remove machine')}
      danger
      onConfirm={() => removeMachine(machineSet.name, machine.name, { mode, skipDrain })}
      onClose={onClose}
    >
      <FormGroup role="radiogroup" fieldId="remove-machine-mode" isStack>
        <Radio
          id="remove-machine-scale-down"
          name="remove-machine-mode"
          label={t('Remove it and scale {{set}} down to {{replicas}}', {
            set: machineSet.name,
            replicas: Math.max(0, machineSet.desired - 1),
          })}
          description={t(
            'Marks it machine.openshift.io/delete-machine="true", so the MachineSet removes this machine and no other.',
          )}
          isChecked={mode === 'scale-down'}
          onChange={() => {
            setMode('scale-down');
          }}
        />
        <Radio
          id="remove-machine-delete"
          name="remove-machine-mode"
          label={t('Delete it and let the MachineSet replace it')}
          description={t(
            'The MachineSet keeps {{replicas}} machines and creates a new one right away.',
            { replicas: machineSet.desired },
          )}
          isChecked={mode === 'delete'}
          onChange={() => {
            setMode('delete');
          }}
        />
      </FormGroup>
      <Alert component="h2" isInline variant="warning" title={t('The node is drained first')}>
        {t(
          'The machine controller evicts the pods of node {{node}} and keeps trying until that succeeds; a misconfigured PodDisruptionBudget can stop the removal for good.',
          { node: machine.node ?? t('(none yet)') },
        )}
      </Alert>
      <Checkbox
        id="remove-machine-skip-drain"
        label={t('Skip draining (machine.openshift.io/exclude-node-draining)')}
        description={t(
          'The node is deleted without evicting its pods first: they stop at once, whatever their disruption budgets say.',
        )}
        isChecked={skipDrain}
        onChange={(_event, checked) => {
          setSkipDrain(checked);
        }}
      />
    </ConfirmModal>
  );
}
