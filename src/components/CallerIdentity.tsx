import { Alert, Button, Label, Spinner } from '@patternfly/react-core';
import { UserIcon } from '@patternfly/react-icons';
import { useWhoAmI } from '../api/whoami';
import { usePluginTranslation } from '../i18n';

/** Who the cluster sees acting here: every change this plugin makes is made with that user's rights. */
export function CallerIdentity() {
  const { t } = usePluginTranslation();
  const { data, error, loading, reload } = useWhoAmI();
  if (loading && !data) return <Spinner size="md" aria-label={t('Checking who you are')} />;
  if (error) {
    return (
      <Alert
        component="h2"
        isInline
        variant="danger"
        title={t('Cannot reach the Windows Nodes backend')}
        actionLinks={
          <Button variant="link" isInline onClick={reload}>
            {t('Try again')}
          </Button>
        }
      >
        {error}
      </Alert>
    );
  }
  return (
    <Label isCompact icon={<UserIcon />} data-test="caller-identity">
      {t('Acting as {{username}}', { username: data?.username ?? '' })}
    </Label>
  );
}
