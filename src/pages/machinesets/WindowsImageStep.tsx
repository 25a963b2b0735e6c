import {
  Alert,
  ClipboardCopy,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  Radio,
} from '@patternfly/react-core';
import type { MachineSetDefaults } from '../../../server/contract/machinesets';
import { awsDescribeImagesCommand } from '../../../server/src/domain/machinesets/windows-images';
import { windowsServerReleases } from '../../../server/src/domain/support/support-matrix';
import { usePluginTranslation } from '../../i18n';
import {
  imageFields,
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
  return (
    <Form>
      <FormGroup
        label={t('Windows Server')}
        role="radiogroup"
        fieldId="machineset-windows-server"
        isStack
        isRequired
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
        <FormHelperText>
          <HelperText>
            <HelperTextItem>
              {t(
                'Only the versions WMCO {{wmco}} supports on {{platform}} are offered. Images must be English (United States).',
                { wmco: defaults.wmco.version ?? '', platform: form.platform },
              )}
            </HelperTextItem>
          </HelperText>
        </FormHelperText>
      </FormGroup>
      {form.platform === 'AWS' && version !== '' ? (
        <FormGroup label={t('Find the AMI of your region')} fieldId="machineset-ami-command">
          <ClipboardCopy
            isReadOnly
            isCode
            hoverTip={t('Copy')}
            clickTip={t('Copied')}
            data-test="ami-command"
          >
            {awsDescribeImagesCommand(version, form.values.region)}
          </ClipboardCopy>
        </FormGroup>
      ) : null}
      {form.platform === 'VSphere' ? (
        <Alert isInline variant="warning" title={t('Never the original VM template')}>
          {t(
            'Name the template made from the sysprepped clone. Starting a VM template turns it into a VM, and it can no longer be cloned for new machines.',
          )}
        </Alert>
      ) : null}
      {imageFields[form.platform].map((field) => (
        <MachineSetField key={field} field={field} {...fieldProps} />
      ))}
    </Form>
  );
}
