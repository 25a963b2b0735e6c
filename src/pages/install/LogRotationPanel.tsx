import { useState } from 'react';
import { Alert, Button, Form, Stack, TextInput } from '@patternfly/react-core';
import type { LogRotationField, LogRotationState } from '../../../server/contract/log-rotation';
import { ConfirmModal } from '../../components/ConfirmModal';
import { FormFieldGroup } from '../../components/FormFieldGroup';
import { usePluginTranslation } from '../../i18n';
import { logRotationEnv, logsUnbounded } from '../../../server/src/domain/install/log-rotation';
import { saveLogRotation } from './install-api';
import {
  logRotationChanged,
  logRotationForm,
  logRotationFormErrors,
  logRotationRequest,
  type LogRotationForm,
} from './log-rotation-form';

/**
 * WMCO's service log rotation (10.22+): the values its Subscription sets, a form checked by the BFF's
 * rules, and a confirmation of the rolling reconfiguration before anything is written.
 */
export function LogRotationPanel({ state }: { state: LogRotationState }) {
  const { t } = usePluginTranslation();
  const [form, setForm] = useState<LogRotationForm>(() => logRotationForm(state.settings));
  const [confirming, setConfirming] = useState(false);
  const [saved, setSaved] = useState(false);
  // The values the form started from: an untouched form follows the Subscription as it changes.
  const [base, setBase] = useState(state.settings);
  if (base !== state.settings) {
    if (!logRotationChanged(form, base)) setForm(logRotationForm(state.settings));
    setBase(state.settings);
  }

  if (!state.supported) {
    return (
      <Alert component="h3" isInline variant="info" title={t('Not available')}>
        {state.wmco === undefined
          ? t('Service log rotation needs WMCO {{since}} or later installed.', {
              since: state.since,
            })
          : t('WMCO {{wmco}} does not rotate service logs; that needs WMCO {{since}} or later.', {
              wmco: state.wmco,
              since: state.since,
            })}
      </Alert>
    );
  }

  const errors = logRotationFormErrors(form);
  const changed = logRotationChanged(form, state.settings);
  const fields: { field: LogRotationField; label: string; help: string; error: string }[] = [
    {
      field: 'fileSize',
      label: t('Rotate a log at this size'),
      help: t('A Kubernetes quantity such as 100M or 1Gi. Empty: logs are never rotated.'),
      error: t('Enter a size that is not negative, such as 100M or 1Gi.'),
    },
    {
      field: 'fileAge',
      label: t('Keep rotated logs for'),
      help: t('A duration such as 168h (seven days). Empty: rotated logs are kept.'),
      error: t('Enter a duration that is not negative, such as 168h or 30m.'),
    },
    {
      field: 'flushInterval',
      label: t('Write logs to disk every'),
      help: t('A duration such as 5s. Empty: kube-log-runner’s default.'),
      error: t('Enter a duration that is not negative, such as 5s or 1m.'),
    },
  ];

  return (
    <Stack hasGutter>
      {logsUnbounded(state.settings) ? (
        <Alert
          component="h3"
          isInline
          variant="warning"
          title={t('Service logs on Windows nodes grow without bound')}
        >
          {t(
            'Set a size to rotate the logs of kubelet, kube-proxy, containerd and WMCO’s other services.',
          )}
        </Alert>
      ) : null}
      <Form
        onSubmit={(event) => {
          event.preventDefault();
          if (changed && errors.size === 0) setConfirming(true);
        }}
      >
        {fields.map(({ field, label, help, error }) => (
          <FormFieldGroup
            key={field}
            label={label}
            fieldId={`log-rotation-${field}`}
            help={`${help} (${logRotationEnv[field]})`}
            error={errors.has(field) ? error : undefined}
          >
            <TextInput
              id={`log-rotation-${field}`}
              value={form[field]}
              validated={errors.has(field) ? 'error' : 'default'}
              onChange={(_event, value) => {
                setSaved(false);
                setForm({ ...form, [field]: value });
              }}
            />
          </FormFieldGroup>
        ))}
        <div>
          <Button type="submit" isDisabled={!changed || errors.size > 0}>
            {t('Save log rotation')}
          </Button>
        </div>
      </Form>
      {saved ? (
        <Alert
          component="h3"
          isInline
          variant="success"
          title={t('Saved in Subscription {{name}}', { name: state.subscription })}
          data-test="log-rotation-saved"
        >
          {t('WMCO restarts to read it, then reconfigures the Windows nodes one at a time.')}
        </Alert>
      ) : null}
      {confirming ? (
        <ConfirmModal
          id="log-rotation-confirm"
          title={t('Reconfigure every Windows node?')}
          confirmLabel={t('Save and reconfigure')}
          onConfirm={async () => {
            const written = await saveLogRotation(logRotationRequest(form));
            setForm(logRotationForm(written.settings));
            setSaved(true);
          }}
          onClose={() => {
            setConfirming(false);
          }}
        >
          {t(
            'WMCO restarts to read the new settings, then reconfigures the Windows nodes one at a time. Services such as kubelet and kube-proxy may stop briefly on each node while it is reconfigured.',
          )}
        </ConfirmModal>
      ) : null}
    </Stack>
  );
}
