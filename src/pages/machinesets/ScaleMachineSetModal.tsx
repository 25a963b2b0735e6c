import { useState } from 'react';
import {
  Alert,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  NumberInput,
} from '@patternfly/react-core';
import type { WindowsMachineSet } from '../../../server/contract/machinesets';
import { maxReplicas } from '../../../server/src/domain/machinesets/machine-set-rules';
import { usePluginTranslation } from '../../i18n';
import { ConfirmModal } from '../../components/ConfirmModal';
import { scaleMachineSet } from './machinesets-api';

/** Guide 6.4: set the replicas through the MachineSet's /scale subresource. */
export function ScaleMachineSetModal({
  machineSet,
  onClose,
}: {
  machineSet: WindowsMachineSet;
  onClose: () => void;
}) {
  const { t } = usePluginTranslation();
  const [replicas, setReplicas] = useState(machineSet.desired);
  const set = (value: number) => {
    setReplicas(Math.min(maxReplicas, Math.max(0, Math.round(value) || 0)));
  };
  return (
    <ConfirmModal
      id="scale-machineset"
      title={t('Scale {{name}}', { name: machineSet.name })}
      confirmLabel={t('Save')}
      isConfirmDisabled={replicas === machineSet.desired}
      onConfirm={() => scaleMachineSet(machineSet.name, replicas)}
      onClose={onClose}
    >
      <FormGroup label={t('Replicas')} fieldId="scale-replicas">
        <NumberInput
          value={replicas}
          min={0}
          max={maxReplicas}
          inputName="replicas"
          inputProps={{ id: 'scale-replicas' }}
          inputAriaLabel={t('Replicas')}
          minusBtnAriaLabel={t('Fewer')}
          plusBtnAriaLabel={t('More')}
          onMinus={() => {
            set(replicas - 1);
          }}
          onPlus={() => {
            set(replicas + 1);
          }}
          onChange={(event) => {
            set(Number((event.target as HTMLInputElement).value));
          }}
        />
        <FormHelperText>
          <HelperText>
            <HelperTextItem>
              {t('Now {{desired}}, at most {{max}}.', {
                desired: machineSet.desired,
                max: maxReplicas,
              })}
            </HelperTextItem>
          </HelperText>
        </FormHelperText>
      </FormGroup>
      {replicas < machineSet.desired ? (
        <Alert component="h2" isInline variant="warning" title={t('Machines will be removed')}>
          {t(
            'Machines marked machine.openshift.io/delete-machine go first, then the newest. Their nodes are drained, so their pods move elsewhere.',
          )}
        </Alert>
      ) : null}
    </ConfirmModal>
  );
}
