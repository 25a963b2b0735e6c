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
import type { InstallResult, KeyRotationReach } from '../../../server/contract/install';
import { failureMessage } from '../../api/bff-client';
import { installWarningWords } from '../../messages/install-words';
import { useWording } from '../../messages/useWording';
import { say, type Wording } from '../../messages/wording';
import { replaceKey } from './install-api';
import { PublicKeyPanel } from './PublicKeyPanel';

/** What a new key does to this cluster, counted where the caller could read what it counts. */
function reachSentences({ t }: Wording, reach: KeyRotationReach): string[] {
  const { machineNodes, byohHosts } = reach;
  return [
    machineNodes === undefined
      ? t(
          'WMCO deletes and recreates every Machine-backed Windows node, one at a time, so their workloads are drained and rescheduled.',
        )
      : machineNodes === 0
        ? t('No Machine-backed Windows node is recreated.')
        : t(
            '{{count}} Machine-backed Windows node is deleted and recreated by WMCO, one at a time: its workloads are drained and rescheduled.',
            { count: machineNodes },
          ),
    byohHosts === undefined
      ? t(
          'BYOH hosts keep working only once you add the new public key to their authorized keys by hand.',
        )
      : byohHosts === 0
        ? t('No BYOH host is affected.')
        : t(
            '{{count}} BYOH host loses access until you add the new public key to its authorized keys by hand.',
            { count: byohHosts },
          ),
  ];
}

/** Replacing the key is disruptive: the modal says what follows, counted, before anything changes. */
export function RotateKeyModal({
  reach,
  onClose,
}: {
  reach: KeyRotationReach;
  onClose: () => void;
}) {
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
              <Alert
                component="h2"
                isInline
                variant="warning"
                title={t('What happens next')}
                data-test="rotate-key-reach"
              >
                {reachSentences(wording, reach).map((sentence) => (
                  <p key={sentence}>{sentence}</p>
                ))}
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
