import { Alert, Content, List, ListItem } from '@patternfly/react-core';
import type { OverviewResponse } from '../../../server/contract/overview';
import { LoadState } from '../../components/LoadState';
import { usePluginTranslation } from '../../i18n';
import { findingWords } from '../../messages/finding-words';
import { useWording } from '../../messages/useWording';
import { say } from '../../messages/wording';

/** The overview's blocking findings stop the install here, each with its explanation. */
export function PrerequisitesStep({
  overview,
  loading,
  error,
}: {
  overview?: OverviewResponse;
  loading: boolean;
  error?: string;
}) {
  const { t } = usePluginTranslation();
  const wording = useWording();
  const blocking =
    overview?.findings.filter(
      (finding) => finding.severity === 'blocked' && finding.area !== 'byoh',
    ) ?? [];
  return (
    <LoadState loading={loading} error={error} hasData={overview !== undefined}>
      {blocking.length === 0 ? (
        <Alert
          component="h2"
          isInline
          variant="success"
          title={t('This cluster can run Windows nodes')}
          data-test="prerequisites-ok"
        >
          {t(
            'Platform, cluster version and networking meet the Windows Machine Config Operator’s requirements.',
          )}
        </Alert>
      ) : (
        <Alert
          component="h2"
          isInline
          variant="danger"
          title={t('Fix these before installing WMCO')}
          data-test="prerequisites-blocked"
        >
          <List>
            {blocking.map((finding) => {
              const text = say(findingWords, wording, finding);
              return (
                <ListItem key={finding.id}>
                  <strong>{text.title}</strong> {text.detail}
                </ListItem>
              );
            })}
          </List>
        </Alert>
      )}
      <Content component="p">
        {t(
          'Windows Server containers need a cluster installed with OVN-Kubernetes hybrid networking, no disconnected installs, and one network adapter per Windows instance.',
        )}
      </Content>
    </LoadState>
  );
}
