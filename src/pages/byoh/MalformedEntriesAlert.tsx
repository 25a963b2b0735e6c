import { Alert, List, ListItem } from '@patternfly/react-core';
import type { ByohInstance } from '../../../server/contract/byoh';
import { usePluginTranslation } from '../../i18n';
import { useIssueText } from './useIssueText';

/** One malformed entry stops WMCO for every BYOH host: said first, in full, with each entry at fault. */
export function MalformedEntriesAlert({ instances }: { instances: ByohInstance[] }) {
  const { t } = usePluginTranslation();
  const issueText = useIssueText();
  const malformed = instances.filter((instance) => instance.issue?.blocksAll);
  return (
    <Alert
      component="h2"
      variant="danger"
      title={t('{{count}} malformed entry blocks all BYOH hosts', { count: malformed.length })}
      data-test="byoh-blocked"
    >
      {t(
        'While WMCO’s parser rejects any entry of windows-instances, WMCO configures and removes no BYOH host at all and approves none of their certificates; only the operator’s log says why. Fix or remove:',
      )}
      <List>
        {malformed.map((instance) => (
          <ListItem key={instance.address}>
            {instance.address}: {instance.issue ? issueText(instance.issue) : null}
          </ListItem>
        ))}
      </List>
    </Alert>
  );
}
