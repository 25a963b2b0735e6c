import { HelperText, HelperTextItem } from '@patternfly/react-core';
import { usePluginTranslation } from '../../i18n';
import { useWording } from '../../messages/useWording';
import type { SampleForm } from './workload-forms';

/** Why Create is disabled: the fields it waits for, by their labels; nothing while none. */
export function SampleCreateWaits({ fields }: { fields: (keyof SampleForm)[] }) {
  const { t } = usePluginTranslation();
  const wording = useWording();
  if (fields.length === 0) return null;
  const labels: Record<keyof SampleForm, string> = {
    namespace: t('Namespace'),
    name: t('Name'),
    imageFamily: t('Image'),
    build: t('Windows build'),
    runtimeClassName: t('RuntimeClass'),
    replicas: t('Replicas'),
    serviceType: t('Service type'),
  };
  return (
    <HelperText data-test="sample-create-waits">
      <HelperTextItem>
        {t('Create waits for: {{fields}}.', {
          fields: wording.list(fields.map((field) => labels[field])),
        })}
      </HelperTextItem>
    </HelperText>
  );
}
