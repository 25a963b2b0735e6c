import { Stack } from '@patternfly/react-core';
import { LoadState } from '../../components/LoadState';
import { WindowsPage } from '../../components/WindowsPage';
import { usePluginTranslation } from '../../i18n';
import { FindingsByArea } from './FindingsByArea';
import { useOverview } from './overview-api';
import { ReadinessBanner } from './ReadinessBanner';
import { SummaryCards } from './SummaryCards';
import { WindowsMirrorsPanel } from './WindowsMirrorsPanel';

export default function OverviewPage() {
  const { t } = usePluginTranslation();
  const { data, error, loading, expired } = useOverview();
  return (
    <WindowsPage
      title={t('Windows overview')}
      description={t(
        'Whether this cluster can run Windows nodes, what stands in the way, and what to do next.',
      )}
    >
      <LoadState loading={loading} error={error} expired={expired} hasData={data !== undefined}>
        {data ? (
          <Stack hasGutter>
            <ReadinessBanner overview={data} />
            <SummaryCards overview={data} />
            <FindingsByArea findings={data.findings} />
            <WindowsMirrorsPanel />
          </Stack>
        ) : null}
      </LoadState>
    </WindowsPage>
  );
}
