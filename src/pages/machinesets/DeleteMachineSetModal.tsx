import { Alert, Content } from '@patternfly/react-core';
import type { WindowsMachineSet } from '../../../server/contract/machinesets';
import { usePluginTranslation } from '../../i18n';
import { ConfirmModal } from '../../components/ConfirmModal';
import { deleteMachineSet, scaleMachineSet } from './machinesets-api';

/**
 * A MachineSet is deleted only once it is empty: scaled to 0 first, so its machines are drained and
 * removed by the MachineSet controller rather than all at once.
 */
export function DeleteMachineSetModal({
  machineSet,
  onClose,
}: {
  machineSet: WindowsMachineSet;
  onClose: () => void;
}) {
  const { t } = usePluginTranslation();
  const { name, desired } = machineSet;
  const remaining = machineSet.machines.length;
  if (desired > 0) {
    return (
      <ConfirmModal
        id="delete-machineset"
        title={t('Delete {{name}}', { name })}
        confirmLabel={t('Scale to 0')}
        onConfirm={() => scaleMachineSet(name, 0)}
        onClose={onClose}
      >
        <Alert
          component="h2"
          isInline
          variant="info"
          title={t('Scale it to 0 first')}
          data-test="scale-first"
        >
          {t(
            '{{name}} still has {{replicas}} replicas. Scaling to 0 drains and removes its machines one by one; delete it once they are gone.',
            { name, replicas: desired },
          )}
        </Alert>
      </ConfirmModal>
    );
  }
  return (
    <ConfirmModal
      id="delete-machineset"
      title={t('Delete {{name}}', { name })}
      confirmLabel={t('Delete')}
      danger
      isConfirmDisabled={remaining > 0}
      onConfirm={() => deleteMachineSet(name)}
      onClose={onClose}
    >
      {remaining > 0 ? (
        <Alert component="h2" isInline variant="info" title={t('Waiting for its machines to go')}>
          {t('Machines still being removed: {{machines}}.', { machines: remaining })}
        </Alert>
      ) : (
        <Content component="p">
          {t('MachineSet {{name}} has no machines left. Deleting it cannot be undone.', { name })}
        </Content>
      )}
    </ConfirmModal>
  );
}
