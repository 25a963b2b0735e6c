import { Button, Flex, Label, Spinner } from '@patternfly/react-core';
import { UserIcon } from '@patternfly/react-icons';
import { useWhoAmI } from '../api/whoami';
import { usePluginTranslation } from '../i18n';

/**
 * Who the cluster sees acting here: every change this plugin makes is made with that user's rights.
 * Not knowing is a label, not an alert: when the backend fails, the page's own load state is the one
 * alert that says what failed.
 */
export function CallerIdentity() {
  const { t } = usePluginTranslation();
  const { data, error, loading, reload } = useWhoAmI();
  if (loading && !data) return <Spinner size="md" aria-label={t('Checking who you are')} />;
  if (error) {
    return (
      <Flex spaceItems={{ default: 'spaceItemsSm' }} alignItems={{ default: 'alignItemsCenter' }}>
        <Label status="danger" icon={<UserIcon />} data-test="caller-identity-unknown">
          {t('Identity unknown: {{error}}', { error })}
        </Label>
        <Button variant="link" isInline onClick={reload}>
          {t('Try again')}
        </Button>
      </Flex>
    );
  }
  return (
    <Label isCompact icon={<UserIcon />} data-test="caller-identity">
      {t('Acting as {{username}}', { username: data?.username ?? '' })}
    </Label>
  );
}
