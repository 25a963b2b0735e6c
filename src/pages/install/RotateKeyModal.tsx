import { useState } from 'react';
import {
  Alert,
  Button,
  FormGroup,
  FormSelect,
  FormSelectOption,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  Stack,
} from '@patternfly/react-core';
import type { InstallResult } from '../../../server/contract/install';
import { failureMessage } from '../../api/bff-client';
import { installWarningWords } from '../../messages/install-words';
import { useWording } from '../../messages/useWording';
import { say } from '../../messages/wording';
import { replaceKey } from './install-api';
import { PublicKeyPanel } from './PublicKeyPanel';

/** Replacing the key is disruptive: the modal says what follows before anything changes. */
export function RotateKeyModal({ onClose }: { onClose: () => void }) {
  const wording = useWording();
  const { t } = wording;
  const [keyType, setKeyType] = useState<'rsa' | 'ed25519'>('rsa');
  const [state, setState] = useState<{ running: boolean; result?: InstallResult; error?: string }>({
    running: false,
  });
  const rotate = () => {
    setState({ running: true });
    replaceKey({ mode: 'generate', type: keyType }).then(
      (result) => {
        setState({ running: false, result });
      },
      (error: unknown) => {
        setState({ running: false, error: failureMessage(error) });
      },
    );
  };
  return (
    <Modal isOpen variant="medium" onClose={onClose} aria-labelledby="rotate-key-title">
      <ModalHeader
        title={t('Rotate the SSH key')}
        labelId="rotate-key-title"
        titleIconVariant="warning"
      />
      <ModalBody>
        <Stack hasGutter>
          {state.result ? (
            <>
              {state.result.warnings.map((warning) => (
                <Alert
                  component="h2"
                  key={warning.code}
                  isInline
                  variant="warning"
                  title={say(installWarningWords, wording, warning)}
                />
              ))}
              {state.result.key ? <PublicKeyPanel publicKey={state.result.key} /> : null}
            </>
          ) : (
            <>
              <Alert component="h2" isInline variant="warning" title={t('What happens next')}>
                {t(
                  'WMCO deletes and recreates every Machine-backed Windows node, one at a time, so their workloads are drained and rescheduled. BYOH hosts keep working only once you add the new public key to their authorized keys by hand.',
                )}
              </Alert>
              <FormGroup label={t('Key type')} fieldId="rotate-key-type">
                <FormSelect
                  id="rotate-key-type"
                  value={keyType}
                  onChange={(_event, value) => {
                    setKeyType(value === 'ed25519' ? 'ed25519' : 'rsa');
                  }}
                >
                  <FormSelectOption value="rsa" label={t('RSA 4096')} />
                  <FormSelectOption value="ed25519" label={t('Ed25519')} />
                </FormSelect>
              </FormGroup>
            </>
          )}
          {state.error ? (
            <Alert component="h2" isInline variant="danger" title={t('The key was not rotated')}>
              {state.error}
            </Alert>
          ) : null}
        </Stack>
      </ModalBody>
      <ModalFooter>
        {state.result ? (
          <Button onClick={onClose}>{t('Close')}</Button>
        ) : (
          <>
            <Button
              variant="danger"
              onClick={rotate}
              isLoading={state.running}
              isDisabled={state.running}
            >
              {t('Generate a new key and replace the old one')}
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
