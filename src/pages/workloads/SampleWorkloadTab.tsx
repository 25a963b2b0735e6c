import { useState } from 'react';
import {
  ActionGroup,
  Button,
  Content,
  Form,
  FormGroup,
  FormSelect,
  FormSelectOption,
  NumberInput,
  Radio,
  Stack,
  TextInput,
} from '@patternfly/react-core';
import { FormFieldGroup } from '../../components/FormFieldGroup';
import type {
  SamplePreview,
  SampleResult,
  WorkloadsState,
} from '../../../server/contract/workloads';
import { failureField, failureMessage } from '../../api/bff-client';
import { useQueryParam } from '../../components/useQueryParam';
import { usePluginTranslation } from '../../i18n';
import {
  initialSampleForm,
  runtimeClassesFor,
  sampleBuilds,
  sampleFormErrors,
  toSampleRequest,
  withBuild,
  type SampleForm,
} from './workload-forms';
import { SampleCreateWaits } from './SampleCreateWaits';
import { SampleNamespaceField } from './SampleNamespaceField';
import { SampleOutcome } from './SampleOutcome';
import { useSampleErrorText } from './useSampleErrorText';
import './sample-actions.css';
import { createSample, previewSample } from './workloads-api';

type Step =
  | { kind: 'editing' }
  | { kind: 'previewing' }
  | { kind: 'preview'; preview: SamplePreview }
  | { kind: 'creating'; preview?: SamplePreview }
  | { kind: 'created'; result: SampleResult }
  | { kind: 'failed'; message: string; field?: string; preview?: SamplePreview };

/** Guide 6.3: the sample Deployment and Service, previewed as YAML, then created as the user. */
export function SampleWorkloadTab({ state }: { state: WorkloadsState }) {
  const { t } = usePluginTranslation();
  const [handedBuild] = useQueryParam('build');
  const [form, setForm] = useState<SampleForm>(() => {
    const initial = initialSampleForm(state);
    const handed = sampleBuilds(state).some((build) => build.build === handedBuild);
    return handedBuild && handed ? withBuild(state, initial, handedBuild) : initial;
  });
  const [step, setStep] = useState<Step>({ kind: 'editing' });
  const errors = sampleFormErrors(form);
  const valid = Object.keys(errors).length === 0;
  const builds = sampleBuilds(state);
  const runtimeClasses = runtimeClassesFor(state, form.build);
  const chosenBuild = builds.find((build) => build.build === form.build);

  const errorText = useSampleErrorText();
  const serverField = step.kind === 'failed' ? step.field : undefined;
  const change = (next: SampleForm) => {
    setForm(next);
    setStep({ kind: 'editing' });
  };

  const preview = () => {
    setStep({ kind: 'previewing' });
    previewSample(toSampleRequest(form)).then(
      (result) => {
        setStep({ kind: 'preview', preview: result });
      },
      (error: unknown) => {
        setStep({ kind: 'failed', message: failureMessage(error), field: failureField(error) });
      },
    );
  };
  // Create needs no preview first: the BFF validates the same request either way.
  const create = (shown?: SamplePreview) => {
    setStep({ kind: 'creating', preview: shown });
    createSample(toSampleRequest(form)).then(
      (result) => {
        setStep({ kind: 'created', result });
      },
      (error: unknown) => {
        setStep({
          kind: 'failed',
          message: failureMessage(error),
          field: failureField(error),
          preview: shown,
        });
      },
    );
  };
  const shownPreview =
    step.kind === 'preview' || step.kind === 'creating' || step.kind === 'failed'
      ? step.preview
      : undefined;

  return (
    <Stack hasGutter>
      <Content component="p">
        {t(
          'The guide’s sample: a Windows web server answering on port 80, with a Service in front. The image tag follows the build you choose, as the container base image must match the node’s build.',
        )}
      </Content>
      <Form data-test="sample-form" maxWidth="720px">
        <SampleNamespaceField
          value={form.namespace}
          error={
            errors.namespace && errors.namespace !== 'required'
              ? errorText(errors.namespace)
              : undefined
          }
          refused={serverField === 'body.namespace'}
          onChange={(namespace) => {
            change({ ...form, namespace });
          }}
        />
        <FormFieldGroup
          label={t('Name')}
          isRequired
          fieldId="sample-name"
          help={t('Names the Deployment, the Service and their app label.')}
          error={errorText(errors.name)}
        >
          <TextInput
            id="sample-name"
            value={form.name}
            validated={errors.name || serverField === 'body.name' ? 'error' : 'default'}
            onChange={(_event, name) => {
              change({ ...form, name: name.trim() });
            }}
          />
        </FormFieldGroup>
        <FormFieldGroup
          label={t('Windows build')}
          isRequired
          fieldId="sample-build"
          error={errorText(errors.build)}
        >
          <FormSelect
            id="sample-build"
            value={form.build}
            validated={errors.build ? 'error' : 'default'}
            onChange={(_event, build) => {
              change(withBuild(state, form, build));
            }}
          >
            {builds.length === 0 ? (
              <FormSelectOption value="" label={t('No Windows build')} />
            ) : null}
            {builds.map((build) => (
              <FormSelectOption
                key={build.build}
                value={build.build}
                label={t('{{build}} — Windows Server {{version}}, image tag {{tag}}', {
                  build: build.build,
                  version: build.windowsServer ?? '?',
                  tag: build.imageTag ?? '?',
                })}
              />
            ))}
          </FormSelect>
        </FormFieldGroup>
        <FormGroup label={t('Image')} isRequired role="radiogroup" fieldId="sample-image" isStack>
          <Radio
            id="sample-image-servercore"
            name="sample-image"
            label={`mcr.microsoft.com/windows/servercore:${chosenBuild?.imageTag ?? '<tag>'}`}
            description={t('Started with powershell.exe.')}
            isChecked={form.imageFamily === 'servercore'}
            onChange={() => {
              change({ ...form, imageFamily: 'servercore' });
            }}
          />
          <Radio
            id="sample-image-powershell"
            name="sample-image"
            label={`mcr.microsoft.com/powershell:${chosenBuild?.imageTag ?? '<tag>'}`}
            description={t('Started with pwsh.exe.')}
            isChecked={form.imageFamily === 'powershell'}
            onChange={() => {
              change({ ...form, imageFamily: 'powershell' });
            }}
          />
        </FormGroup>
        <FormFieldGroup
          label={t('RuntimeClass')}
          isRequired
          fieldId="sample-runtime-class"
          help={t('RuntimeClasses whose node selector pins this build.')}
          error={errorText(errors.runtimeClassName)}
        >
          <FormSelect
            id="sample-runtime-class"
            value={form.runtimeClassName}
            validated={
              errors.runtimeClassName || serverField === 'body.runtimeClassName'
                ? 'error'
                : 'default'
            }
            onChange={(_event, runtimeClassName) => {
              change({ ...form, runtimeClassName });
            }}
          >
            {runtimeClasses.length === 0 ? (
              <FormSelectOption value="" label={t('None for this build')} />
            ) : null}
            {runtimeClasses.map((name) => (
              <FormSelectOption key={name} value={name} label={name} />
            ))}
          </FormSelect>
        </FormFieldGroup>
        <FormFieldGroup
          label={t('Replicas')}
          isRequired
          fieldId="sample-replicas"
          error={errorText(errors.replicas)}
        >
          <NumberInput
            id="sample-replicas"
            value={form.replicas}
            min={0}
            max={100}
            inputAriaLabel={t('Replicas')}
            minusBtnAriaLabel={t('Fewer replicas')}
            plusBtnAriaLabel={t('More replicas')}
            validated={errors.replicas ? 'error' : 'default'}
            onMinus={() => {
              change({ ...form, replicas: form.replicas - 1 });
            }}
            onPlus={() => {
              change({ ...form, replicas: form.replicas + 1 });
            }}
            onChange={(event) => {
              const value = Number((event.target as HTMLInputElement).value);
              change({ ...form, replicas: value });
            }}
          />
        </FormFieldGroup>
        <FormGroup label={t('Service type')} isRequired fieldId="sample-service-type">
          <FormSelect
            id="sample-service-type"
            value={form.serviceType}
            onChange={(_event, serviceType) => {
              change({ ...form, serviceType: serviceType as SampleForm['serviceType'] });
            }}
          >
            <FormSelectOption value="LoadBalancer" label={t('LoadBalancer (as in the guide)')} />
            <FormSelectOption value="NodePort" label="NodePort" />
            <FormSelectOption value="ClusterIP" label="ClusterIP" />
          </FormSelect>
        </FormGroup>
        <ActionGroup className="windows-nodes-plugin__sample-actions">
          <Button
            variant="secondary"
            isDisabled={!valid || step.kind === 'previewing' || step.kind === 'creating'}
            isLoading={step.kind === 'previewing'}
            onClick={preview}
          >
            {t('Preview YAML')}
          </Button>
          <Button
            variant="primary"
            isDisabled={!valid || step.kind === 'creating'}
            isLoading={step.kind === 'creating'}
            onClick={() => {
              create(shownPreview);
            }}
          >
            {t('Create')}
          </Button>
          <SampleCreateWaits fields={Object.keys(errors) as (keyof SampleForm)[]} />
        </ActionGroup>
      </Form>
      <SampleOutcome
        failure={step.kind === 'failed' ? step.message : undefined}
        result={step.kind === 'created' ? step.result : undefined}
        preview={shownPreview}
      />
    </Stack>
  );
}
