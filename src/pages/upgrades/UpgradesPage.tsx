import { Alert, EmptyState, EmptyStateBody, Stack } from '@patternfly/react-core';
import type { UpgradesResponse } from '../../../server/contract/upgrades';
import { useLiveBff } from '../../api/useLiveBff';
import { LoadState } from '../../components/LoadState';
import { WindowsPage } from '../../components/WindowsPage';
import { usePluginTranslation } from '../../i18n';
import { NodeUpgradeTable } from './NodeUpgradeTable';
import { OperatorUpgradeCard } from './OperatorUpgradeCard';
import { UpgradeProgressPanel } from './UpgradeProgressPanel';

export default function UpgradesPage() {
  const { t } = usePluginTranslation();
  const { data, error, loading, expired } = useLiveBff<UpgradesResponse>('/upgrades');
  return (
    <WindowsPage
      title={t('WMCO upgrades')}
      description={t(
        'Follow a Windows Machine Config Operator upgrade across the Windows nodes, one node at a time.',
      )}
    >
      <LoadState loading={loading} error={error} expired={expired} hasData={data !== undefined}>
        {data ? (
          <Stack hasGutter>
            {data.unreadable.length > 0 ? (
              <Alert
                isInline
                variant="warning"
                title={t('Parts of the upgrade are hidden from you')}
              >
                {t('Your permissions do not allow reading: {{resources}}.', {
                  resources: data.unreadable.join(', '),
                })}
              </Alert>
            ) : null}
            {data.timeline.writable ? null : (
              <Alert isInline variant="info" title={t('History is not being recorded for you')}>
                {t(
                  'Your permissions do not allow writing ConfigMap {{configMap}}, where the page keeps each node’s history for every viewer. You see the states as they are now.',
                  { configMap: data.timeline.configMap },
                )}
              </Alert>
            )}
            <OperatorUpgradeCard operator={data.operator} nodes={data.nodes} />
            {data.nodes.length === 0 ? (
              <EmptyState headingLevel="h2" titleText={t('No Windows nodes to upgrade')}>
                <EmptyStateBody>
                  {t('When WMCO is upgraded, its Windows nodes appear here with their progress.')}
                </EmptyStateBody>
              </EmptyState>
            ) : (
              <>
                <UpgradeProgressPanel progress={data.progress} nodes={data.nodes} />
                <NodeUpgradeTable nodes={data.nodes} />
              </>
            )}
          </Stack>
        ) : null}
      </LoadState>
    </WindowsPage>
  );
}
