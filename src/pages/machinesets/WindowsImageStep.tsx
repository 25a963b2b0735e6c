import { Alert, ClipboardCopy, Form, FormGroup, Radio } from '@patternfly/react-core';
import type { MachineSetDefaults } from '../../../server/contract/machinesets';
import { windowsServerReleases } from '../../../server/src/domain/support/support-matrix';
import { FormFieldGroup } from '../../components/FormFieldGroup';
import { usePluginTranslation } from '../../i18n';
import {
  platformOf,
  stepFields,
  type FormField,
  type FormProblems,
  type MachineSetForm,
} from './machine-set-form';
import { MachineSetField } from './MachineSetField';

interface WindowsImageStepProps {
  form: MachineSetForm;
  initial: MachineSetForm;
  problems: FormProblems;
  defaults: MachineSetDefaults;
  onChange: (field: FormField, value: string) => void;
  onWindowsServer: (version: MachineSetDefaults['windowsServerVersions'][number]) => void;
}

/** The Windows Server version (only what this WMCO supports here) and the image that runs it. */
export function WindowsImageStep({ onWindowsServer, ...fieldProps }: WindowsImageStepProps) {
  const { t } = usePluginTranslation();
  const { form, defaults } = fieldProps;
  const version = form.windowsServer;
  const platform = platformOf(form.platform);
  return (
    <Form>
      <FormFieldGroup
        label={t('Windows Server')}
        fieldId="machineset-windows-server"
        role="radiogroup"
        isStack
        isRequired
        help={t(
          'Only the versions WMCO {{wmco}} supports on {{platform}} are offered. Images must be English (United States).',
          { wmco: defaults.wmco.version ?? '', platform: form.platform },
        )}
      >
        {defaults.windowsServerVersions.map((candidate) => (
          <Radio
            key={candidate}
            id={`machineset-windows-server-${candidate}`}
            name="machineset-windows-server"
            label={t('Windows Server {{version}} (build {{build}})', {
              version: candidate,
              build:
                windowsServerReleases.find((release) => release.version === candidate)?.build ?? '',
            })}
            isChecked={version === candidate}
            onChange={() => {
              onWindowsServer(candidate);
            }}
          />
        ))}
      </FormFieldGroup>
      {platform.imageCommand && version !== '' ? (
        <FormGroup label={t('Find the image of your region')} fieldId="machineset-image-command">
          <ClipboardCopy
            isReadOnly
            isCode
            hoverTip={t('Copy')}
            clickTip={t('Copied')}
            data-test="image-command"
          >
            {platform.imageCommand(version, form.values)}
          </ClipboardCopy>
        </FormGroup>
      ) : null}
      {platform.imageWarning ? (
        <Alert component="h2" isInline variant="warning" title={t(platform.imageWarning.title)}>
          {t(platform.imageWarning.text)}
        </Alert>
      ) : null}
      {stepFields(form.platform, 'image').map((field) => (
        <MachineSetField key={field} field={field} {...fieldProps} />
      ))}
    </Form>
  );
}
