import {
  Checkbox,
  Form,
  FormGroup,
  FormSelect,
  FormSelectOption,
  Radio,
  TextInput,
} from '@patternfly/react-core';
import { FormFieldGroup } from '../../components/FormFieldGroup';
import type { InstallState } from '../../../server/contract/install';
import { usePluginTranslation } from '../../i18n';
import type { InstallForm, InstallFormError } from './install-form';

interface OperatorStepProps {
  state: InstallState;
  form: InstallForm;
  errors: Partial<Record<keyof InstallForm, InstallFormError>>;
  onChange: (change: Partial<InstallForm>) => void;
}

export function OperatorStep({ state, form, errors, onChange }: OperatorStepProps) {
  const { t } = usePluginTranslation();
  const channels =
    state.channels.length > 0 ? state.channels : [{ name: form.channel, version: undefined }];
  return (
    <Form>
      <FormFieldGroup
        label={t('Namespace')}
        isRequired
        fieldId="wmco-namespace"
        help={t('The guide recommends openshift-windows-machine-config-operator.')}
        error={
          errors.namespace
            ? t(
                'A namespace is at most 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit.',
              )
            : undefined
        }
      >
        <TextInput
          id="wmco-namespace"
          value={form.namespace}
          validated={errors.namespace ? 'error' : 'default'}
          onChange={(_event, namespace) => {
            onChange({ namespace });
          }}
        />
      </FormFieldGroup>
      <FormGroup fieldId="wmco-monitoring">
        <Checkbox
          id="wmco-monitoring"
          label={t('Enable cluster monitoring for WMCO')}
          description={t(
            'Labels the namespace openshift.io/cluster-monitoring: "true", so Prometheus scrapes WMCO and the Windows nodes’ exporters.',
          )}
          isChecked={form.clusterMonitoring}
          onChange={(_event, clusterMonitoring) => {
            onChange({ clusterMonitoring });
          }}
        />
      </FormGroup>
      <FormGroup label={t('Channel')} isRequired fieldId="wmco-channel">
        <FormSelect
          id="wmco-channel"
          value={form.channel}
          onChange={(_event, channel) => {
            onChange({ channel });
          }}
        >
          {channels.map((channel) => (
            <FormSelectOption
              key={channel.name}
              value={channel.name}
              label={channel.version ? `${channel.name} (${channel.version})` : channel.name}
            />
          ))}
        </FormSelect>
      </FormGroup>
      <FormGroup
        label={t('Update approval')}
        isRequired
        role="radiogroup"
        fieldId="wmco-approval"
        isStack
      >
        <Radio
          id="wmco-approval-automatic"
          name="wmco-approval"
          label={t('Automatic')}
          description={t('OLM installs and updates WMCO as soon as the channel offers a version.')}
          isChecked={form.approval === 'Automatic'}
          onChange={() => {
            onChange({ approval: 'Automatic' });
          }}
        />
        <Radio
          id="wmco-approval-manual"
          name="wmco-approval"
          label={t('Manual')}
          description={t('Every install and update waits until someone approves its InstallPlan.')}
          isChecked={form.approval === 'Manual'}
          onChange={() => {
            onChange({ approval: 'Manual' });
          }}
        />
      </FormGroup>
      <FormGroup label={t('Catalog source')} isRequired fieldId="wmco-catalog">
        <FormSelect
          id="wmco-catalog"
          value={form.catalog}
          validated={errors.catalog ? 'error' : 'default'}
          onChange={(_event, catalog) => {
            onChange({ catalog });
          }}
        >
          {state.catalogSources.map((source) => (
            <FormSelectOption
              key={`${source.namespace}/${source.name}`}
              value={`${source.namespace}/${source.name}`}
              label={`${source.displayName ?? source.name} (${source.namespace}/${source.name})`}
            />
          ))}
        </FormSelect>
      </FormGroup>
    </Form>
  );
}
