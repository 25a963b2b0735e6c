import { useMemo } from 'react';
import type { RuntimeClassSummary } from '../../../server/contract/workloads';
import { consoleLinks } from '../../components/console-links';
import { ListLink } from '../../components/list/ListLink';
import type { ListSpec } from '../../components/list/useList';
import { SeverityIcon } from '../../components/SeverityIcon';
import { usePluginTranslation } from '../../i18n';

/** Every RuntimeClass on the cluster, and whether it is the guide's object for a Windows build. */
export function useRuntimeClassListSpec(): ListSpec<RuntimeClassSummary> {
  const { t } = usePluginTranslation();
  return useMemo(
    () => ({
      id: 'runtime-classes',
      // The Workloads tab holds two lists: this one's URL keys are prefixed.
      url: { prefix: 'rc' },
      rowKey: (rc) => rc.name,
      rowTestId: (rc) => `runtime-class-${rc.name}`,
      searchText: (rc) => [rc.name, rc.handler, rc.build],
      searchPlaceholder: t('Filter by name, handler or build'),
      defaultSort: { column: 'name', direction: 'asc' },
      columns: [
        {
          id: 'name',
          title: t('Name'),
          required: true,
          sortKey: (rc) => rc.name,
          cell: (rc) => <ListLink to={consoleLinks.runtimeClass(rc.name)}>{rc.name}</ListLink>,
        },
        {
          id: 'handler',
          title: t('Handler'),
          sortKey: (rc) => rc.handler,
          cell: (rc) => rc.handler,
        },
        {
          id: 'build',
          title: t('Build'),
          sortKey: (rc) => rc.build ?? '',
          cell: (rc) => rc.build ?? t('Any'),
        },
        {
          id: 'taint',
          title: t('Windows taint'),
          sortKey: (rc) => (rc.toleratesWindowsTaint ? 1 : 0),
          cell: (rc) => (rc.toleratesWindowsTaint ? t('Tolerated') : t('Not tolerated')),
        },
        {
          id: 'guide',
          title: t('Guide’s object'),
          sortKey: (rc) => (rc.matchesGuide ? 1 : 0),
          cell: (rc) => (
            <>
              <SeverityIcon severity={rc.matchesGuide ? 'ok' : 'warning'} />{' '}
              {rc.matchesGuide ? t('Same') : t('Differs')}
            </>
          ),
        },
      ],
      attributes: [
        {
          id: 'build',
          title: t('Build'),
          placeholder: t('Filter by build'),
          value: (rc) => rc.build ?? 'any',
          options: [{ id: 'any', label: t('Any') }],
        },
        {
          id: 'taint',
          title: t('Windows taint'),
          placeholder: t('Filter by Windows taint'),
          value: (rc) => (rc.toleratesWindowsTaint ? 'tolerated' : 'not-tolerated'),
          options: [
            { id: 'tolerated', label: t('Tolerated') },
            { id: 'not-tolerated', label: t('Not tolerated') },
          ],
        },
      ],
    }),
    [t],
  );
}
