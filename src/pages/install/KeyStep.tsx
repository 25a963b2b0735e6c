import {
  Alert,
  FileUpload,
  Form,
  FormGroup,
  FormSelect,
  FormSelectOption,
  Radio,
} from '@patternfly/react-core';
import { FormFieldGroup } from '../../components/FormFieldGroup';
import type { PublicKeyInfo } from '../../../server/contract/install';
import { usePluginTranslation } from '../../i18n';
import type { InstallForm, InstallFormError } from './install-form';

interface KeyStepProps {
  existingKey?: PublicKeyInfo;
  form: InstallForm;
  errors: Partial<Record<keyof InstallForm, InstallFormError>>;
  onChange: (change: Partial<InstallForm>) => void;
}

export function KeyStep({ existingKey, form, errors, onChange }: KeyStepProps) {
  const { t } = usePluginTranslation();
  const uploadError = {
    'no-key': t('Paste or upload a private key.'),
    'not-a-private-key': t(
      'This is not a PEM or OpenSSH private key (it should start with -----BEGIN … PRIVATE KEY-----).',
    ),
  } as Partial<Record<InstallFormError, string>>;
  return (
    <Form>
      <Alert
        component="h2"
        isInline
        variant="info"
        title={t('WMCO reaches every Windows instance over SSH with this key')}
      >
        {t(
          'It is stored as secret cloud-private-key (private-key.pem). Use a key other than the cluster’s install key. The private key never comes back to the browser.',
        )}
      </Alert>
      <FormGroup role="radiogroup" fieldId="key-mode" label={t('SSH key')} isStack>
        {existingKey ? (
          <Radio
            id="key-keep"
            name="key-mode"
            label={t('Keep the key already stored')}
            description={t('{{type}} key {{fingerprint}}', {
              type: existingKey.keyType,
              fingerprint: existingKey.fingerprint,
            })}
            isChecked={form.keyMode === 'keep'}
            onChange={() => {
              onChange({ keyMode: 'keep' });
            }}
          />
        ) : null}
        <Radio
          id="key-generate"
          name="key-mode"
          label={t('Generate a new key on the server')}
          description={t('You get the public key to put on golden images and BYOH hosts.')}
          isChecked={form.keyMode === 'generate'}
          onChange={() => {
            onChange({ keyMode: 'generate' });
          }}
        />
        <Radio
          id="key-upload"
          name="key-mode"
          label={t('Upload an existing private key')}
          description={t(
            'Unencrypted RSA (2048 bits or more), ECDSA or Ed25519, in PEM or OpenSSH format.',
          )}
          isChecked={form.keyMode === 'upload'}
          onChange={() => {
            onChange({ keyMode: 'upload' });
          }}
        />
      </FormGroup>
      {form.keyMode === 'generate' ? (
        <FormGroup label={t('Key type')} fieldId="key-type">
          <FormSelect
            id="key-type"
            value={form.keyType}
            onChange={(_event, keyType) => {
              onChange({ keyType: keyType === 'ed25519' ? 'ed25519' : 'rsa' });
            }}
          >
            <FormSelectOption
              value="rsa"
              label={t('RSA 4096 (recommended: every WMCO release accepts it)')}
            />
            <FormSelectOption
              value="ed25519"
              label={t('Ed25519 (shorter and faster; current WMCO releases)')}
            />
          </FormSelect>
        </FormGroup>
      ) : null}
      {form.keyMode === 'upload' ? (
        <FormFieldGroup
          label={t('Private key')}
          isRequired
          fieldId="key-upload-file"
          error={errors.uploadedKey ? uploadError[errors.uploadedKey] : undefined}
        >
          <FileUpload
            id="key-upload-file"
            type="text"
            value={form.uploadedKey}
            filename=""
            allowEditingUploadedText
            validated={errors.uploadedKey ? 'error' : 'default'}
            browseButtonText={t('Upload')}
            clearButtonText={t('Clear')}
            filenamePlaceholder={t('Drag a key file here or upload it')}
            onDataChange={(_event, uploadedKey) => {
              onChange({ uploadedKey });
            }}
            onTextChange={(_event, uploadedKey) => {
              onChange({ uploadedKey });
            }}
            onClearClick={() => {
              onChange({ uploadedKey: '' });
            }}
          />
        </FormFieldGroup>
      ) : null}
    </Form>
  );
}
