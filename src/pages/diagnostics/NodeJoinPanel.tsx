import { EmptyState, EmptyStateBody } from '@patternfly/react-core';
import type { JoinsResponse } from '../../../server/contract/diagnostics';
import { useLiveBff } from '../../api/useLiveBff';
import { LoadState } from '../../components/LoadState';
import { usePluginTranslation } from '../../i18n';
import { JoinTimelineView } from './JoinTimelineView';
import { joinSubjectName } from './JoinsPanel';

/** How this node's Machine or BYOH instance joined, from the live join timelines. */
export function NodeJoinPanel({ node }: { node: string }) {
  const { t } = usePluginTranslation();
  const { data, error, loading } = useLiveBff<JoinsResponse>('/diagnostics/joins');
  const join = data?.joins.find((candidate) => candidate.node === node);
  return (
    <LoadState loading={loading} error={error} hasData={data !== undefined}>
      {join ? (
        <JoinTimelineView join={join} id={joinSubjectName(join)} />
      ) : (
        <EmptyState headingLevel="h3" titleText={t('No join timeline for this node')}>
          <EmptyStateBody>
            {t('No Windows Machine or windows-instances entry you may read leads to {{node}}.', {
              node,
            })}
          </EmptyStateBody>
        </EmptyState>
      )}
    </LoadState>
  );
}
