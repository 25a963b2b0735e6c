import { useState, type ReactNode } from 'react';
import {
  Alert,
  Button,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  Stack,
} from '@patternfly/react-core';
import { failureMessage } from '../api/bff-client';
import { usePluginTranslation } from '../i18n';

interface ConfirmModalProps {
  id: string;
  title: string;
  confirmLabel: string;
  /** Destructive actions are danger buttons and say so in the title icon. */
  danger?: boolean;
  isConfirmDisabled?: boolean;
  /** The action; the modal closes when it succeeds and shows its failure otherwise. */
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
  children: ReactNode;
}

/** An action on the cluster that the admin confirms, with its failure shown in place. */
export function ConfirmModal({
  id,
  title,
  confirmLabel,
  danger = false,
  isConfirmDisabled = false,
  onConfirm,
  onClose,
  children,
}: ConfirmModalProps) {
  const { t } = usePluginTranslation();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string>();
  const confirm = () => {
    setRunning(true);
    setError(undefined);
    onConfirm().then(onClose, (failure: unknown) => {
      setRunning(false);
      setError(failureMessage(failure));
    });
  };
  return (
    <Modal isOpen variant="small" onClose={onClose} aria-labelledby={`${id}-title`} data-test={id}>
      <ModalHeader
        title={title}
        labelId={`${id}-title`}
        titleIconVariant={danger ? 'warning' : undefined}
      />
      <ModalBody>
        <Stack hasGutter>
          {children}
          {error ? (
            <Alert component="h2" isInline variant="danger" title={t('That did not work')}>
              {error}
            </Alert>
          ) : null}
        </Stack>
      </ModalBody>
      <ModalFooter>
        <Button
          variant={danger ? 'danger' : 'primary'}
          isDisabled={isConfirmDisabled || running}
          isLoading={running}
          onClick={confirm}
        >
          {confirmLabel}
        </Button>
        <Button variant="link" onClick={onClose}>
          {t('Cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
