import { Alert, Stack } from '@patternfly/react-core';
import { LoadState } from '../../components/LoadState';
import { UnreadableAlert } from '../../components/UnreadableAlert';
import { WindowsPage } from '../../components/WindowsPage';
import { usePluginTranslation } from '../../i18n';
import { NodeUpgradeList } from './NodeUpgradeList';
import { OperatorUpgradeCard } from './OperatorUpgradeCard';
import { UpgradeProgressPanel } from './UpgradeProgressPanel';
import { useUpgrades } from './upgrades-api';

export default function UpgradesPage() {
  const { t } = usePluginTranslation();
  const { data, error, loading, expired } = useUpgrades();
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
            <UnreadableAlert
              resources={data.unreadable}
              consequence={t('Parts of the upgrade may be missing from this page.')}
            />
            {data.timeline.writable ? null : (
              <Alert
                component="h2"
                isInline
                variant="info"
                title={t('History is not being recorded for you')}
              >
                {t(
                  'Your permissions do not allow writing ConfigMap {{configMap}}, where the page keeps each node’s history for every viewer. You see the states as they are now.',
                  { configMap: data.timeline.configMap },
                )}
              </Alert>
            )}
            <OperatorUpgradeCard operator={data.operator} nodes={data.nodes} />
            {data.nodes.length > 0 ? (
              <UpgradeProgressPanel
                operator={data.operator}
                progress={data.progress}
                nodes={data.nodes}
              />
            ) : null}
            <NodeUpgradeList nodes={data.nodes} />
          </Stack>
        ) : null}
      </LoadState>
    </WindowsPage>
  );
}
