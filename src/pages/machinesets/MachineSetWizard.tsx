import { useState } from 'react';
import { Form, Wizard, WizardHeader, WizardStep } from '@patternfly/react-core';
import type { MachineSetDefaults } from '../../../server/contract/machinesets';
import { machineSetCluster } from '../../../server/src/domain/machinesets/machine-set-defaults';
import { windowsMachineSetObject } from '../../../server/src/domain/machinesets/machine-set-template';
import {
  machineSetYaml,
  reviewMachineSetYaml,
} from '../../../server/src/domain/machinesets/machine-set-yaml';
import { failureMessage } from '../../api/bff-client';
import { useFitToViewport } from '../../components/useFitToViewport';
import { useWizardFooter } from '../../components/useWizardFooter';
import { useFocusOnOpen } from '../../components/useFocusOnOpen';
import { usePluginTranslation } from '../../i18n';
import {
  changeField,
  changeWindowsServer,
  initialMachineSetForm,
  machineSetFormProblems,
  machineSetInputs,
  stepFields,
  type FormField,
  type MachineSetForm,
} from './machine-set-form';
import { prerequisiteBlockers } from './machine-set-prerequisites';
import { MachineSetField } from './MachineSetField';
import { MachineSetPrerequisites } from './MachineSetPrerequisites';
import { createMachineSet } from './machinesets-api';
import { MachineSetReview } from './MachineSetReview';
import { WindowsImageStep } from './WindowsImageStep';

interface MachineSetWizardProps {
  /** Infrastructure platform type of a platform in the table. */
  platform: string;
  defaults: MachineSetDefaults;
  onClose: () => void;
  onCreated: (name: string) => void;
}

/** Guide ch. 5 as a wizard: prerequisites, machines, image, then the YAML to review and create. */
export function MachineSetWizard({
  platform,
  defaults,
  onClose,
  onCreated,
}: MachineSetWizardProps) {
  const { t } = usePluginTranslation();
  const [initial] = useState<MachineSetForm>(() => initialMachineSetForm(platform, defaults));
  const [form, setForm] = useState(initial);
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  const [editedYaml, setEditedYaml] = useState<string>();
  const [create, setCreate] = useState<{ running: boolean; error?: string }>({ running: false });

  const problems = machineSetFormProblems(form, defaults);
  const fieldsValid = (fields: FormField[]) => fields.every((field) => !problems[field]);
  const machinesValid = fieldsValid(stepFields(platform, 'machines'));
  const imageValid = fieldsValid(stepFields(platform, 'image')) && !problems.windowsServer;
  const generated =
    machinesValid && imageValid
      ? machineSetYaml(windowsMachineSetObject(machineSetInputs(form, defaults)))
      : '';
  const yaml = editedYaml ?? generated;
  const yamlProblems = reviewMachineSetYaml(yaml, form.windowsServer, machineSetCluster(defaults));
  const fieldProps = {
    form,
    initial,
    problems,
    defaults,
    onChange: (field: FormField, value: string) => {
      setForm((previous) => changeField(previous, field, value, defaults));
    },
  };

  const runCreate = () => {
    if (form.windowsServer === '' || create.running) return;
    setCreate({ running: true });
    createMachineSet({ yaml, windowsServer: form.windowsServer }).then(
      (result) => {
        setCreate({ running: false });
        onCreated(result.name);
      },
      (error: unknown) => {
        setCreate({ running: false, error: failureMessage(error) });
      },
    );
  };

  const footer = useWizardFooter();
  const [fitRef, fitHeight] = useFitToViewport();
  useFocusOnOpen('machineset-wizard-title');
  return (
    <div ref={fitRef}>
      <Wizard
        height={fitHeight}
        header={
          <WizardHeader
            title={t('Create a Windows MachineSet')}
            titleId="machineset-wizard-title"
            description={t('For this {{platform}} cluster, as the guide’s chapter 5 describes.', {
              platform,
            })}
            onClose={onClose}
            closeButtonAriaLabel={t('Close')}
          />
        }
        onClose={onClose}
        isVisitRequired
        data-test="machineset-wizard"
      >
        <WizardStep
          name={t('Prerequisites')}
          id="prerequisites"
          footer={{
            ...footer,
            isNextDisabled: prerequisiteBlockers(platform, defaults, confirmed).length > 0,
          }}
        >
          <MachineSetPrerequisites
            platform={platform}
            defaults={defaults}
            confirmed={confirmed}
            onConfirm={(item, checked) => {
              setConfirmed((previous) => {
                const next = new Set(previous);
                if (checked) next.add(item);
                else next.delete(item);
                return next;
              });
            }}
          />
        </WizardStep>
        <WizardStep
          name={t('Machines')}
          id="machines"
          footer={{ ...footer, isNextDisabled: !machinesValid }}
        >
          <Form>
            {stepFields(platform, 'machines').map((field) => (
              <MachineSetField key={field} field={field} {...fieldProps} />
            ))}
          </Form>
        </WizardStep>
        <WizardStep
          name={t('Image')}
          id="image"
          footer={{ ...footer, isNextDisabled: !imageValid }}
        >
          <WindowsImageStep
            {...fieldProps}
            onWindowsServer={(version) => {
              setForm((previous) => changeWindowsServer(previous, version));
            }}
          />
        </WizardStep>
        <WizardStep
          name={t('Review and create')}
          id="review"
          footer={{
            ...footer,
            nextButtonText: t('Create'),
            onNext: runCreate,
            isNextDisabled: yamlProblems.length > 0 || create.running,
          }}
        >
          <MachineSetReview
            name={form.values.name ?? ''}
            yaml={yaml}
            edited={editedYaml !== undefined}
            problems={yamlProblems}
            createError={create.error}
            onChange={setEditedYaml}
            onReset={() => {
              setEditedYaml(undefined);
            }}
          />
        </WizardStep>
      </Wizard>
    </div>
  );
}
