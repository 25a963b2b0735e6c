import { Stack, Title } from '@patternfly/react-core';
import type { LifecycleResponse } from '../../../server/contract/lifecycle';
import type { ReplacementsResponse } from '../../../server/contract/replacement';
import { useReplacements } from './lifecycle-api';
import { LoadState } from '../../components/LoadState';
import { usePluginTranslation } from '../../i18n';
import { ReplacementForm } from './ReplacementForm';
import { ReplacementProgress } from './ReplacementProgress';
import { useReplacementDriver } from './useReplacementDriver';

const noReplacements: ReplacementsResponse['replacements'] = [];

/** Guided MachineSet replacement: the ones under way, live and resumed from the cluster, then a new one. */
export function ReplacementSection({ lifecycle }: { lifecycle: LifecycleResponse }) {
  const { t } = usePluginTranslation();
  const { data, error, loading } = useReplacements();
  const driver = useReplacementDriver(data?.replacements ?? noReplacements);
  return (
    <LoadState loading={loading} error={error} hasData={data !== undefined}>
      {data ? (
        <Stack hasGutter>
          {data.replacements.map((view) => (
            <ReplacementProgress key={view.configMap} view={view} driver={driver} />
          ))}
          <Title headingLevel="h2">{t('Move a MachineSet to another Windows Server image')}</Title>
          <ReplacementForm lifecycle={lifecycle} />
        </Stack>
      ) : null}
    </LoadState>
  );
}
