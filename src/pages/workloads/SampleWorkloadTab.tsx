import { useState } from 'react';
import {
  ActionGroup,
  Alert,
  Button,
  Content,
  Form,
  FormGroup,
  FormHelperText,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  List,
  ListItem,
  NumberInput,
  Radio,
  Stack,
  TextInput,
} from '@patternfly/react-core';
import type {
  SamplePreview,
  SampleResult,
  WorkloadsState,
} from '../../../server/contract/workloads';
import { failureField, failureMessage } from '../../api/bff-client';
import { YamlPreview } from '../../components/YamlPreview';
import { usePluginTranslation } from '../../i18n';
import {
  initialSampleForm,
  runtimeClassesFor,
  sampleBuilds,
  sampleFormErrors,
  toSampleRequest,
  withBuild,
  type SampleForm,
  type SampleFormError,
} from './workload-forms';
import { createSample, previewSample } from './workloads-api';

type Step =
  | { kind: 'editing' }
  | { kind: 'previewing' }
  | { kind: 'preview'; preview: SamplePreview }
  | { kind: 'creating'; preview: SamplePreview }
  | { kind: 'created'; result: SampleResult }
  | { kind: 'failed'; message: string; field?: string; preview?: SamplePreview };

function FieldHelp({ error, text, help }: { error?: unknown; text?: string; help?: string }) {
  if (!error && !help) return null;
  return (
    <FormHelperText>
      <HelperText>
        <HelperTextItem variant={error ? 'error' : 'default'}>{error ? text : help}</HelperTextItem>
      </HelperText>
    </FormHelperText>
  );
}

/** Guide 6.3: the sample Deployment and Service, previewed as YAML, then created as the user. */
export function SampleWorkloadTab({ state }: { state: WorkloadsState }) {
  const { t } = usePluginTranslation();
  const [form, setForm] = useState<SampleForm>(() => initialSampleForm(state));
  const [step, setStep] = useState<Step>({ kind: 'editing' });
  const errors = sampleFormErrors(form);
  const valid = Object.keys(errors).length === 0;
  const builds = sampleBuilds(state);
  const runtimeClasses = runtimeClassesFor(state, form.build);
  const chosenBuild = builds.find((build) => build.build === form.build);

  const errorText = (error: SampleFormError | undefined): string | undefined => {
    switch (error) {
      case undefined:
        return undefined;
      case 'required':
        return t('Required.');
      case 'too-long':
        return t('At most 63 characters.');
      case 'invalid':
        return t(
          'Lower-case letters, digits and "-", starting with a letter and ending with a letter or digit.',
        );
      case 'no-build':
        return t('Choose the Windows build to run on.');
      case 'no-runtime-class':
        return t('No RuntimeClass targets this build yet: create one on the RuntimeClasses tab.');
      case 'invalid-replicas':
        return t('Between 0 and 100.');
    }
  };
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
  const create = (shown: SamplePreview) => {
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
        <FormGroup label={t('Namespace')} isRequired fieldId="sample-namespace">
          <TextInput
            id="sample-namespace"
            value={form.namespace}
            validated={
              (errors.namespace && errors.namespace !== 'required') ||
              serverField === 'body.namespace'
                ? 'error'
                : 'default'
            }
            onChange={(_event, namespace) => {
              change({ ...form, namespace: namespace.trim() });
            }}
          />
          <FieldHelp
            error={errors.namespace !== 'required' ? errors.namespace : undefined}
            text={errorText(errors.namespace)}
            help={t('An existing namespace where you may create Deployments and Services.')}
          />
        </FormGroup>
        <FormGroup label={t('Name')} isRequired fieldId="sample-name">
          <TextInput
            id="sample-name"
            value={form.name}
            validated={errors.name || serverField === 'body.name' ? 'error' : 'default'}
            onChange={(_event, name) => {
              change({ ...form, name: name.trim() });
            }}
          />
          <FieldHelp
            error={errors.name}
            text={errorText(errors.name)}
            help={t('Names the Deployment, the Service and their app label.')}
          />
        </FormGroup>
        <FormGroup label={t('Windows build')} isRequired fieldId="sample-build">
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
          <FieldHelp error={errors.build} text={errorText(errors.build)} />
        </FormGroup>
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
        <FormGroup label={t('RuntimeClass')} isRequired fieldId="sample-runtime-class">
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
          <FieldHelp
            error={errors.runtimeClassName}
            text={errorText(errors.runtimeClassName)}
            help={t('RuntimeClasses whose node selector pins this build.')}
          />
        </FormGroup>
        <FormGroup label={t('Replicas')} isRequired fieldId="sample-replicas">
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
          <FieldHelp error={errors.replicas} text={errorText(errors.replicas)} />
        </FormGroup>
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
        <ActionGroup>
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
            isDisabled={!valid || !shownPreview || step.kind === 'creating'}
            isLoading={step.kind === 'creating'}
            onClick={() => {
              if (shownPreview) create(shownPreview);
            }}
          >
            {t('Create')}
          </Button>
        </ActionGroup>
      </Form>
      {step.kind === 'failed' ? (
        <Alert isInline variant="danger" title={t('Not created')} data-test="sample-error">
          {step.message}
        </Alert>
      ) : null}
      {step.kind === 'created' ? (
        <Alert isInline variant="success" title={t('Created')} data-test="sample-created">
          <List>
            {step.result.created.map((object) => (
              <ListItem key={object.kind}>
                {t('{{kind}} {{name}} in namespace {{namespace}}', { ...object })}
              </ListItem>
            ))}
          </List>
          {step.result.warnings.map((warning) => (
            <div key={warning}>{warning}</div>
          ))}
        </Alert>
      ) : null}
      {shownPreview ? (
        <Stack hasGutter data-test="sample-preview">
          {shownPreview.warnings.map((warning) => (
            <Alert key={warning} isInline variant="warning" title={warning} />
          ))}
          {shownPreview.objects.map((object) => (
            <YamlPreview key={object.kind} {...object} />
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}
