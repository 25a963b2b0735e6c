import { useEffect, useState } from 'react';
import {
  ActionGroup,
  Alert,
  Button,
  Content,
  Form,
  FormGroup,
  FormSelect,
  FormSelectOption,
  Stack,
  TextArea,
  TextInput,
  ToggleGroup,
  ToggleGroupItem,
} from '@patternfly/react-core';
import { FormFieldGroup } from '../../components/FormFieldGroup';
import type { CheckableKind, CheckResult } from '../../../server/contract/workloads';
import { failureMessage } from '../../api/bff-client';
import { useQueryParam } from '../../components/useQueryParam';
import { usePluginTranslation } from '../../i18n';
import { CheckResultView } from './CheckResultView';
import {
  checkableKinds,
  checkFormErrors,
  initialCheckForm,
  toCheckRequest,
  type CheckForm,
} from './workload-forms';
import { checkWorkload } from './workloads-api';

type Outcome = { result: CheckResult } | { error: string };

/** Is this workload fit for Windows nodes? By reference to the cluster, or from pasted YAML. */
export function WorkloadCheckerTab() {
  const { t } = usePluginTranslation();
  const [kind] = useQueryParam('kind');
  const [namespace] = useQueryParam('namespace');
  const [name] = useQueryParam('name');
  // A workload handed over by the sample tab arrives prefilled.
  const [form, setForm] = useState<CheckForm>(() => ({
    ...initialCheckForm,
    kind: checkableKinds.find((checkable) => checkable === kind) ?? initialCheckForm.kind,
    namespace: namespace ?? '',
    name: name ?? '',
  }));
  // A workload handed over is checked at once: reading it changes nothing.
  const [handed] = useState(() => (kind && namespace && name ? form : undefined));
  const [busy, setBusy] = useState(handed !== undefined);
  const [outcome, setOutcome] = useState<Outcome>();
  const errors = checkFormErrors(form);
  const valid = Object.keys(errors).length === 0;

  const request = (checked: CheckForm) => {
    checkWorkload(toCheckRequest(checked)).then(
      (result) => {
        setOutcome({ result });
        setBusy(false);
      },
      (error: unknown) => {
        setOutcome({ error: failureMessage(error) });
        setBusy(false);
      },
    );
  };
  const check = () => {
    setBusy(true);
    setOutcome(undefined);
    request(form);
  };
  useEffect(() => {
    // Once, for what arrived with the URL.
    if (handed) request(handed);
  }, [handed]);

  return (
    <Stack hasGutter>
      <Content component="p">
        {t(
          'Says whether a workload can land on a Windows node of this cluster and, if not, every reason with its fix. Nothing is run: the pod template is judged against the nodes and RuntimeClasses.',
        )}
      </Content>
      <ToggleGroup aria-label={t('What to check')}>
        <ToggleGroupItem
          text={t('A workload in the cluster')}
          isSelected={form.mode === 'reference'}
          onChange={() => {
            setForm({ ...form, mode: 'reference' });
          }}
        />
        <ToggleGroupItem
          text={t('Pasted YAML')}
          isSelected={form.mode === 'yaml'}
          onChange={() => {
            setForm({ ...form, mode: 'yaml' });
          }}
        />
      </ToggleGroup>
      <Form
        maxWidth="720px"
        data-test="checker-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (valid && !busy) check();
        }}
      >
        {form.mode === 'reference' ? (
          <>
            <FormGroup label={t('Kind')} isRequired fieldId="check-kind">
              <FormSelect
                id="check-kind"
                value={form.kind}
                onChange={(_event, kind) => {
                  setForm({ ...form, kind: kind as CheckableKind });
                }}
              >
                {checkableKinds.map((kind) => (
                  <FormSelectOption key={kind} value={kind} label={kind} />
                ))}
              </FormSelect>
            </FormGroup>
            <FormGroup label={t('Namespace')} isRequired fieldId="check-namespace">
              <TextInput
                id="check-namespace"
                value={form.namespace}
                validated={
                  errors.namespace && errors.namespace !== 'required' ? 'error' : 'default'
                }
                onChange={(_event, namespace) => {
                  setForm({ ...form, namespace: namespace.trim() });
                }}
              />
            </FormGroup>
            <FormGroup label={t('Name')} isRequired fieldId="check-name">
              <TextInput
                id="check-name"
                value={form.name}
                validated={errors.name && errors.name !== 'required' ? 'error' : 'default'}
                onChange={(_event, name) => {
                  setForm({ ...form, name: name.trim() });
                }}
              />
            </FormGroup>
          </>
        ) : (
          <FormFieldGroup
            label={t('Workload YAML')}
            isRequired
            fieldId="check-yaml"
            help={t(
              'One Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, Pod or DeploymentConfig. It is read as data only, never applied.',
            )}
            error={errors.yaml === 'too-large' ? t('At most 256 KiB.') : undefined}
          >
            <TextArea
              id="check-yaml"
              value={form.yaml}
              rows={16}
              resizeOrientation="vertical"
              validated={errors.yaml === 'too-large' ? 'error' : 'default'}
              onChange={(_event, yaml) => {
                setForm({ ...form, yaml });
              }}
              style={{ fontFamily: 'var(--pf-t--global--font--family--mono)' }}
            />
          </FormFieldGroup>
        )}
        <ActionGroup>
          <Button
            variant="primary"
            type="submit"
            isDisabled={!valid || busy}
            isLoading={busy}
            data-test="check-button"
          >
            {t('Check')}
          </Button>
        </ActionGroup>
      </Form>
      {outcome && 'error' in outcome ? (
        <Alert
          component="h2"
          isInline
          variant="danger"
          title={t('The check failed')}
          data-test="check-error"
        >
          {outcome.error}
        </Alert>
      ) : null}
      {outcome && 'result' in outcome ? <CheckResultView result={outcome.result} /> : null}
    </Stack>
  );
}
