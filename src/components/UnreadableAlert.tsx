import { Alert } from '@patternfly/react-core';
import { usePluginTranslation } from '../i18n';

interface UnreadableAlertProps {
  /** What the BFF could not read with the user's permissions ("cannot read X"). */
  resources: readonly string[];
  /** What the user misses because of it, in one sentence. */
  consequence?: string;
}

/** The same warning on every page whose data the user's permissions made partial; nothing if none. */
export function UnreadableAlert({ resources, consequence }: UnreadableAlertProps) {
  const { t } = usePluginTranslation();
  if (resources.length === 0) return null;
  return (
    <Alert
      component="h2"
      isInline
      variant="warning"
      title={t('Some objects cannot be read with your permissions')}
      data-test="unreadable"
    >
      {t('Not readable: {{resources}}.', { resources: resources.join(', ') })}
      {consequence ? ` ${consequence}` : null}
    </Alert>
  );
}
