import { useState } from 'react';
import {
  ActionGroup,
  Alert,
  Button,
  EmptyState,
  EmptyStateBody,
  Form,
  FormSelect,
  FormSelectOption,
  Stack,
  TextInput,
} from '@patternfly/react-core';
import type { LifecycleResponse } from '../../../server/contract/lifecycle';
import type { ReplacementPreview, ReplacementRequest } from '../../../server/contract/replacement';
import { imageFields } from '../../../server/src/domain/machinesets/machine-set-platform';
import { machineSetPlatform } from '../../../server/src/domain/machinesets/platform-table';
import { failureMessage } from '../../api/bff-client';
import { ConfirmModal } from '../../components/ConfirmModal';
import { FormFieldGroup } from '../../components/FormFieldGroup';
import { usePluginTranslation } from '../../i18n';
import { initialRequest, problemsByField } from './replacement-form';
import { previewReplacement, startReplacement } from './lifecycle-api';
import { ReplacementPreviewView } from './ReplacementPreviewView';
import { useReplacementText } from './useReplacementText';

/** "Move this MachineSet to image X": the request, its preview, and the start once nothing blocks it. */
export function ReplacementForm({ lifecycle }: { lifecycle: LifecycleResponse }) {
  const { t } = usePluginTranslation();
  // The form's image fields are the platform's own (their labels are the plugin's texts).
  const platform = machineSetPlatform(lifecycle.platform);
  const fields = platform ? imageFields(platform) : [];
  const text = useReplacementText();
  const movable = lifecycle.machineSets.filter((machineSet) => !machineSet.replacement);
  const [request, setRequest] = useState(() => initialRequest(lifecycle, movable[0]?.name));
  const [preview, setPreview] = useState<ReplacementPreview>();
  const [previewing, setPreviewing] = useState(false);
  const [error, setError] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  if (!request) {
    return (
      <EmptyState headingLevel="h2" titleText={t('No Windows MachineSet to move')}>
        <EmptyStateBody>
          {t('Windows MachineSets appear here unless a replacement of them is under way.')}
        </EmptyStateBody>
      </EmptyState>
    );
  }
  const change = (next: ReplacementRequest) => {
    setRequest(next);
    setPreview(undefined);
    setError(undefined);
  };
  const runPreview = () => {
    setPreviewing(true);
    setError(undefined);
    previewReplacement(request).then(
      (answer) => {
        setPreview(answer);
        setPreviewing(false);
      },
      (failure: unknown) => {
        setError(failureMessage(failure));
        setPreviewing(false);
      },
    );
  };
  const byField = problemsByField(preview);
  const problemAt = (field: string) => {
    const problem = byField[field];
    return problem ? text.problem(problem) : undefined;
  };
  const startable =
    preview !== undefined && preview.blockers.length === 0 && preview.problems.length === 0;
  return (
    <Stack hasGutter>
      <Form
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        <FormFieldGroup
          label={t('MachineSet to move')}
          fieldId="replacement-machine-set"
          isRequired
        >
          <FormSelect
            id="replacement-machine-set"
            value={request.machineSet}
            onChange={(_event, value) => {
              change(initialRequest(lifecycle, value) ?? request);
            }}
          >
            {movable.map((machineSet) => (
              <FormSelectOption
                key={machineSet.name}
                value={machineSet.name}
                label={`${machineSet.name} (${machineSet.versions.join(', ') || t('no nodes')})`}
              />
            ))}
          </FormSelect>
        </FormFieldGroup>
        <FormFieldGroup
          label={t('Target Windows Server version')}
          fieldId="replacement-target"
          isRequired
        >
          <FormSelect
            id="replacement-target"
            value={request.targetVersion}
            onChange={(_event, value) => {
              const target = lifecycle.targets.find((candidate) => candidate.version === value);
              if (target)
                change({ ...request, targetVersion: target.version, image: target.image });
            }}
          >
            {lifecycle.targets.map((target) => (
              <FormSelectOption
                key={target.version}
                value={target.version}
                label={
                  target.supported
                    ? t('Windows Server {{version}} · build {{build}}', target)
                    : t('Windows Server {{version}} · build {{build}} (not supported here)', target)
                }
              />
            ))}
          </FormSelect>
        </FormFieldGroup>
        {fields.map((field) => (
          <FormFieldGroup
            key={field.name}
            label={t(field.label)}
            fieldId={`replacement-image-${field.name}`}
            isRequired
            error={problemAt(`image.${field.name}`)}
          >
            <TextInput
              id={`replacement-image-${field.name}`}
              value={request.image[field.name] ?? ''}
              validated={byField[`image.${field.name}`] ? 'error' : 'default'}
              onChange={(_event, value) => {
                change({ ...request, image: { ...request.image, [field.name]: value } });
              }}
            />
          </FormFieldGroup>
        ))}
        <FormFieldGroup
          label={t('New MachineSet name')}
          fieldId="replacement-name"
          help={t('Left empty, the preview suggests one.')}
          error={problemAt('name')}
        >
          <TextInput
            id="replacement-name"
            value={request.name ?? ''}
            validated={byField.name ? 'error' : 'default'}
            onChange={(_event, value) => {
              const { name: _name, ...rest } = request;
              change(value ? { ...rest, name: value } : rest);
            }}
          />
        </FormFieldGroup>
        <ActionGroup>
          <Button
            variant="secondary"
            onClick={runPreview}
            isLoading={previewing}
            isDisabled={previewing}
          >
            {t('Preview the move')}
          </Button>
          <Button
            variant="primary"
            isDisabled={!startable}
            onClick={() => {
              setConfirming(true);
            }}
            data-test="start-replacement"
          >
            {t('Start the replacement')}
          </Button>
        </ActionGroup>
      </Form>
      {error ? (
        <Alert component="h2" isInline variant="danger" title={t('The preview failed')}>
          {error}
        </Alert>
      ) : null}
      {preview ? <ReplacementPreviewView preview={preview} /> : null}
      {confirming && preview ? (
        <ConfirmModal
          id="start-replacement-modal"
          title={t('Start replacing {{machineSet}}?', { machineSet: request.machineSet })}
          confirmLabel={t('Start')}
          onConfirm={() =>
            startReplacement({ ...request, name: preview.plan.newMachineSet }).then(() => {
              setPreview(undefined);
            })
          }
          onClose={() => {
            setConfirming(false);
          }}
        >
          {t(
            'The replacement waits for your confirmation before each step: creating {{newMachineSet}}, scaling it to {{replicas}}, draining the old nodes and scaling {{machineSet}} to 0.',
            {
              newMachineSet: preview.plan.newMachineSet,
              replicas: preview.plan.replicas,
              machineSet: request.machineSet,
            },
          )}
        </ConfirmModal>
      ) : null}
    </Stack>
  );
}
