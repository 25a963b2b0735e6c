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

interface ConfirmModalProps<T> {
  id: string;
  title: string;
  confirmLabel: string;
  /** Destructive actions are danger buttons and say so in the title icon. */
  danger?: boolean;
  isConfirmDisabled?: boolean;
  /** The action; the modal closes when it succeeds and shows its failure otherwise. */
  onConfirm: () => Promise<T>;
  /** What the action did, shown in place of `children` with a Close button instead of closing. */
  done?: (result: T) => ReactNode;
  onClose: () => void;
  children: ReactNode;
}

/** An action on the cluster that the admin confirms, with its failure shown in place. */
export function ConfirmModal<T>({
  id,
  title,
  confirmLabel,
  danger = false,
  isConfirmDisabled = false,
  onConfirm,
  done,
  onClose,
  children,
}: ConfirmModalProps<T>) {
  const { t } = usePluginTranslation();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string>();
  const [result, setResult] = useState<{ value: T }>();
  const confirm = () => {
    setRunning(true);
    setError(undefined);
    onConfirm().then(
      (value) => {
        if (!done) {
          onClose();
          return;
        }
        setRunning(false);
        setResult({ value });
      },
      (failure: unknown) => {
        setRunning(false);
        setError(failureMessage(failure));
      },
    );
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
          {result && done ? done(result.value) : children}
          {error ? (
            <Alert component="h2" isInline variant="danger" title={t('That did not work')}>
              {error}
            </Alert>
          ) : null}
        </Stack>
      </ModalBody>
      <ModalFooter>
        {result ? (
          <Button onClick={onClose}>{t('Close')}</Button>
        ) : (
          <>
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
          </>
        )}
      </ModalFooter>
    </Modal>
  );
}
