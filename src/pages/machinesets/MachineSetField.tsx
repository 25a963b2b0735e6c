import { useState } from 'react';
import { FormSelect, FormSelectOption, TextInput } from '@patternfly/react-core';
import type { MachineSetDefaults } from '../../../server/contract/machinesets';
import { FormFieldGroup } from '../../components/FormFieldGroup';
import { usePluginTranslation } from '../../i18n';
import {
  platformOf,
  type FormField,
  type FormProblems,
  type MachineSetForm,
} from './machine-set-form';
import { useProblemText } from './useProblemText';

interface MachineSetFieldProps {
  field: FormField;
  form: MachineSetForm;
  /** The form as first filled: a value there came from the cluster. */
  initial: MachineSetForm;
  problems: FormProblems;
  defaults: MachineSetDefaults;
  onChange: (field: FormField, value: string) => void;
}

/** One text field of the wizard, with its error, or where its value came from and where to look. */
export function MachineSetField({
  field,
  form,
  initial,
  problems,
  defaults,
  onChange,
}: MachineSetFieldProps) {
  const { t } = usePluginTranslation();
  const problemText = useProblemText();
  const platform = platformOf(form.platform);
  const own = platform.fields.find((candidate) => candidate.name === field);
  const frame = {
    name: {
      label: t('Name'),
      hint:
        platform.nameLimit === undefined
          ? t('The guide’s pattern is <infrastructure ID>-windows-worker-<zone>.')
          : t(
              'At most {{max}} characters: Windows computer names are at most 15, and machine names add 6.',
              { max: platform.nameLimit },
            ),
    },
    replicas: { label: t('Replicas'), hint: t('How many Windows machines to run, 0 to 100.') },
  }[field];
  const value = form.values[field] ?? '';
  // An empty field is not wrong before the user has been in it: its problem shows once left or typed in.
  const [left, setLeft] = useState(false);
  const problem = left || value !== '' ? problems[field] : undefined;
  const fromCluster = Boolean(own) && (initial.values[field] ?? '') !== '';
  const [worker] = defaults.workerMachineSets;
  // The platform's own hint, or (after its note) where a prefilled value came from.
  const note = own?.note ? `${t(own.note)} ` : '';
  const origin =
    fromCluster && worker
      ? t('From the Linux worker MachineSet {{name}}.', { name: worker })
      : t(
          'Not found in the Linux worker MachineSets; see their providerSpec (oc get machinesets -n openshift-machine-api -o yaml).',
        );
  const hint = frame?.hint ?? (own?.hint ? t(own.hint) : note + origin);
  const id = `machineset-${field}`;
  const zones = own?.role === 'zone' ? defaults.zones.map((zone) => zone.name) : [];
  return (
    <FormFieldGroup
      label={frame?.label ?? t(own?.label ?? field)}
      fieldId={id}
      isRequired={!own?.optional}
      help={hint}
      error={problem ? problemText({ code: problem }) : undefined}
      helpTest={`${id}-help`}
    >
      {zones.length > 0 ? (
        <FormSelect
          id={id}
          value={value}
          onChange={(_event, zone) => {
            onChange(field, zone);
          }}
        >
          {zones.map((zone) => (
            <FormSelectOption key={zone} value={zone} label={zone} />
          ))}
        </FormSelect>
      ) : (
        <TextInput
          id={id}
          value={value}
          type={field === 'replicas' ? 'number' : 'text'}
          readOnlyVariant={own?.role === 'region' && fromCluster ? 'default' : undefined}
          validated={problem ? 'error' : 'default'}
          onBlur={() => {
            setLeft(true);
          }}
          onChange={(_event, text) => {
            onChange(field, text);
          }}
        />
      )}
    </FormFieldGroup>
  );
}
