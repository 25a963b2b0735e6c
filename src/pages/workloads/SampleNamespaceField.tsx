import { useEffect, useState } from 'react';
import { TextInput } from '@patternfly/react-core';
import type { SampleNamespaces } from '../../../server/contract/workloads';
import { FormFieldGroup } from '../../components/FormFieldGroup';
import { usePluginTranslation } from '../../i18n';
import { readSampleNamespaces } from './workloads-api';

interface SampleNamespaceFieldProps {
  value: string;
  /** What is wrong with the typed name, worded; none while it is fine. */
  error?: string;
  /** The BFF refused the request naming this field. */
  refused: boolean;
  onChange: (namespace: string) => void;
}

/**
 * The sample's namespace: one of the namespaces the user may list, offered as they type, or a new name,
 * which Create makes with the user's permissions.
 */
export function SampleNamespaceField({
  value,
  error,
  refused,
  onChange,
}: SampleNamespaceFieldProps) {
  const { t } = usePluginTranslation();
  const [known, setKnown] = useState<SampleNamespaces>();
  useEffect(() => {
    const abort = new AbortController();
    // Without the list the field still takes a typed name: the help says so.
    readSampleNamespaces(abort.signal).then(setKnown, () => {
      setKnown({ namespaces: [], readable: false });
    });
    return () => {
      abort.abort();
    };
  }, []);
  const isNew = known?.readable === true && value !== '' && !known.namespaces.includes(value);
  const help = isNew
    ? t('Namespace {{namespace}} does not exist yet: Create makes it with your permissions.', {
        namespace: value,
      })
    : known?.readable === false
      ? t('Type the name of a namespace you may use, or a new one to create with your permissions.')
      : t('Choose a namespace you may use, or type a new name to create it with your permissions.');
  return (
    <FormFieldGroup
      label={t('Namespace')}
      isRequired
      fieldId="sample-namespace"
      help={help}
      helpTest="sample-namespace-help"
      error={error}
    >
      <TextInput
        id="sample-namespace"
        list="sample-namespace-options"
        autoComplete="off"
        value={value}
        validated={error || refused ? 'error' : 'default'}
        onChange={(_event, namespace) => {
          onChange(namespace.trim());
        }}
      />
      <datalist id="sample-namespace-options" data-test="sample-namespace-options">
        {known?.namespaces.map((namespace) => (
          <option key={namespace} value={namespace} />
        ))}
      </datalist>
    </FormFieldGroup>
  );
}
