import { useState } from 'react';
import {
  Form,
  FormGroup,
  FormHelperText,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  TextInput,
} from '@patternfly/react-core';
import type { RuntimeClassResult, WindowsBuild } from '../../../server/contract/workloads';
import { ConfirmModal } from '../../components/ConfirmModal';
import { usePluginTranslation } from '../../i18n';
import { runtimeClassNameError, type NameError } from './workload-forms';
import { createRuntimeClass } from './workloads-api';

function useNameErrorText() {
  const { t } = usePluginTranslation();
  return (error: NameError): string => {
    switch (error) {
      case 'required':
        return t('Enter a name.');
      case 'too-long':
        return t('At most 253 characters.');
      case 'invalid':
        return t(
          'Lower-case letters, digits, "-" and "."; starting and ending with a letter or digit.',
        );
    }
  };
}

interface CreateRuntimeClassModalProps {
  builds: readonly WindowsBuild[];
  /** The build to start from. */
  build: WindowsBuild;
  onCreated: (result: RuntimeClassResult) => void;
  onClose: () => void;
}

/** Guide 6.2: the RuntimeClass that pins one Windows build, named as the guide names it. */
export function CreateRuntimeClassModal({
  builds,
  build: initial,
  onCreated,
  onClose,
}: CreateRuntimeClassModalProps) {
  const { t } = usePluginTranslation();
  const nameErrorText = useNameErrorText();
  const [build, setBuild] = useState(initial);
  const [name, setName] = useState(initial.suggestedName ?? '');
  const nameError = runtimeClassNameError(name);
  return (
    <ConfirmModal
      id="create-runtime-class"
      title={t('Create RuntimeClass')}
      confirmLabel={t('Create')}
      isConfirmDisabled={nameError !== undefined}
      onConfirm={() => createRuntimeClass({ build: build.build, name }).then(onCreated)}
      onClose={onClose}
    >
      <Form
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        <FormGroup label={t('Windows build')} fieldId="runtime-class-build">
          <FormSelect
            id="runtime-class-build"
            value={build.build}
            onChange={(_event, value) => {
              const chosen = builds.find((candidate) => candidate.build === value) ?? initial;
              setBuild(chosen);
              setName(chosen.suggestedName ?? '');
            }}
          >
            {builds.map((candidate) => (
              <FormSelectOption
                key={candidate.build}
                value={candidate.build}
                label={
                  candidate.windowsServer
                    ? t('{{build}} (Windows Server {{version}})', {
                        build: candidate.build,
                        version: candidate.windowsServer,
                      })
                    : candidate.build
                }
              />
            ))}
          </FormSelect>
        </FormGroup>
        <FormGroup label={t('RuntimeClass name')} isRequired fieldId="runtime-class-name">
          <TextInput
            id="runtime-class-name"
            isRequired
            value={name}
            validated={nameError ? 'error' : 'default'}
            onChange={(_event, value) => {
              setName(value.trim());
            }}
          />
          {nameError ? (
            <FormHelperText>
              <HelperText>
                <HelperTextItem variant="error">{nameErrorText(nameError)}</HelperTextItem>
              </HelperText>
            </FormHelperText>
          ) : null}
        </FormGroup>
      </Form>
    </ConfirmModal>
  );
}
