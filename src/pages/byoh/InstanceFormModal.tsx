import { useCallback, useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Content,
  Form,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  Stack,
  TextInput,
} from '@patternfly/react-core';
import { FormFieldGroup } from '../../components/FormFieldGroup';
import type { InstanceInput } from '../../../server/contract/byoh';
import { failureMessage } from '../../api/bff-client';
import { usePluginTranslation } from '../../i18n';
import { addByohEntry, updateByohEntry } from './byoh-api';
import { instanceFormErrors, toInstanceInput, type InstanceForm } from './instance-form';
import { PreflightPanel } from './PreflightPanel';
import { overallOutcome, type PreflightState } from './preflight-model';
import { useIssueText } from './useIssueText';

interface InstanceFormModalProps {
  /** The entry being edited; absent when adding. */
  editing?: InstanceInput;
  onClose: () => void;
}

/**
 * Adds or changes a windows-instances entry: validated as typed, checked over SSH by the preflight, and
 * written only once the preflight passed (or the admin explicitly accepts its failures).
 */
export function InstanceFormModal({ editing, onClose }: InstanceFormModalProps) {
  const { t } = usePluginTranslation();
  const issueText = useIssueText();
  const [form, setForm] = useState<InstanceForm>(
    editing ?? { address: '', username: 'Administrator' },
  );
  const [checked, setChecked] = useState<{ run: number; input: InstanceInput }>();
  const [preflight, setPreflight] = useState<PreflightState>();
  const [acceptFailures, setAcceptFailures] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const errors = instanceFormErrors(form);
  const valid = Object.keys(errors).length === 0;
  const input = toInstanceInput(form);
  const current = checked !== undefined && JSON.stringify(checked.input) === JSON.stringify(input);
  const outcome = current && preflight ? overallOutcome(preflight) : undefined;
  const canSave =
    valid && !saving && outcome !== undefined && (outcome !== 'fail' || acceptFailures);
  const onPreflightChange = useCallback((state: PreflightState) => {
    setPreflight(state);
  }, []);

  const field = (name: keyof InstanceForm, label: string, hint: string) => {
    const problem = form[name] !== '' ? errors[name] : undefined;
    return (
      <FormFieldGroup
        label={label}
        isRequired
        fieldId={`byoh-${name}`}
        help={hint}
        error={problem ? issueText({ code: problem }) : undefined}
      >
        <TextInput
          id={`byoh-${name}`}
          value={form[name]}
          validated={problem ? 'error' : 'default'}
          onChange={(_event, value) => {
            setForm((previous) => ({ ...previous, [name]: value }));
          }}
        />
      </FormFieldGroup>
    );
  };

  const save = () => {
    setSaving(true);
    setError(undefined);
    (editing ? updateByohEntry(editing.address, input) : addByohEntry(input)).then(
      onClose,
      (failure: unknown) => {
        setSaving(false);
        setError(failureMessage(failure));
      },
    );
  };

  return (
    <Modal isOpen variant="large" onClose={onClose} aria-labelledby="byoh-form-title">
      <ModalHeader
        title={
          editing
            ? t('Edit BYOH instance {{address}}', { address: editing.address })
            : t('Add a BYOH instance')
        }
        labelId="byoh-form-title"
      />
      <ModalBody>
        <Stack hasGutter>
          <Content component="p">
            {t(
              'WMCO configures the host as soon as it is listed in windows-instances. The preflight first checks over SSH, with cloud-private-key and your permissions, what WMCO will need.',
            )}
          </Content>
          <Form
            onSubmit={(event) => {
              event.preventDefault();
            }}
          >
            {field(
              'address',
              t('Address'),
              t('An IPv4 address or a DNS name that resolves to one; it needs a PTR record.'),
            )}
            {field(
              'username',
              t('Windows user'),
              t(
                'The administrator account whose authorized keys hold cloud-private-key’s public key.',
              ),
            )}
          </Form>
          <div>
            <Button
              variant="secondary"
              isDisabled={!valid}
              onClick={() => {
                setPreflight(undefined);
                setAcceptFailures(false);
                setChecked((previous) => ({ run: (previous?.run ?? 0) + 1, input }));
              }}
            >
              {current ? t('Run the preflight again') : t('Run preflight')}
            </Button>
          </div>
          {checked && current ? (
            <PreflightPanel
              key={checked.run}
              hosts={[checked.input]}
              onChange={onPreflightChange}
            />
          ) : null}
          {outcome === 'fail' ? (
            <Checkbox
              id="byoh-accept-failures"
              label={t('List it although checks failed: WMCO will try and fail to configure it')}
              isChecked={acceptFailures}
              onChange={(_event, accept) => {
                setAcceptFailures(accept);
              }}
            />
          ) : null}
          {error ? (
            <Alert component="h2" isInline variant="danger" title={t('The entry was not saved')}>
              {error}
            </Alert>
          ) : null}
        </Stack>
      </ModalBody>
      <ModalFooter>
        <Button variant="primary" isDisabled={!canSave} isLoading={saving} onClick={save}>
          {editing ? t('Save') : t('Add to windows-instances')}
        </Button>
        <Button variant="link" onClick={onClose}>
          {t('Cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
