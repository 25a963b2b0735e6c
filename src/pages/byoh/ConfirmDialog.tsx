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
import { failureMessage } from '../../api/bff-client';
import { usePluginTranslation } from '../../i18n';

interface ConfirmDialogProps {
  title: string;
  /** What will happen, said before it happens. */
  children: ReactNode;
  confirmLabel: string;
  variant: 'danger' | 'primary';
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}

/** Asks before an action that changes hosts or the cluster; shows the failure if it does not work. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  variant,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
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
    <Modal isOpen variant="small" onClose={onClose} aria-labelledby="byoh-confirm-title">
      <ModalHeader
        title={title}
        labelId="byoh-confirm-title"
        titleIconVariant={variant === 'danger' ? 'warning' : undefined}
      />
      <ModalBody>
        <Stack hasGutter>
          {children}
          {error ? (
            <Alert isInline variant="danger" title={t('That did not work')}>
              {error}
            </Alert>
          ) : null}
        </Stack>
      </ModalBody>
      <ModalFooter>
        <Button variant={variant} onClick={confirm} isLoading={running} isDisabled={running}>
          {confirmLabel}
        </Button>
        <Button variant="link" onClick={onClose}>
          {t('Cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
