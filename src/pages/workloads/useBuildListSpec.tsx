import { useMemo } from 'react';
import { Flex, FlexItem, Label, LabelGroup } from '@patternfly/react-core';
import type { WindowsBuild } from '../../../server/contract/workloads';
import { ListLink } from '../../components/list/ListLink';
import type { ListSpec } from '../../components/list/useList';
import { SeverityIcon } from '../../components/SeverityIcon';
import { usePluginTranslation } from '../../i18n';

function nodesPath(build: WindowsBuild): string {
  return `/windows/nodes?${new URLSearchParams({ windowsServer: build.windowsServer ?? build.build }).toString()}`;
}

/** The Windows builds on the cluster's nodes, each with the RuntimeClasses that pin it. */
export function useBuildListSpec(): ListSpec<WindowsBuild> {
  const { t } = usePluginTranslation();
  return useMemo(
    () => ({
      id: 'windows-builds',
      rowKey: (build) => build.build,
      rowTestId: (build) => `build-${build.build}`,
      searchText: (build) => [
        build.build,
        build.windowsServer,
        build.imageTag,
        ...build.runtimeClasses,
      ],
      searchPlaceholder: t('Filter by build, version or RuntimeClass'),
      defaultSort: { column: 'build', direction: 'asc' },
      columns: [
        {
          id: 'build',
          title: t('Build'),
          required: true,
          sortKey: (build) => build.build,
          cell: (build) => (
            <>
              <strong>{build.build}</strong>
              <div>
                {build.windowsServer
                  ? t('Windows Server {{version}}', { version: build.windowsServer })
                  : t('Unknown Windows Server version')}
              </div>
            </>
          ),
        },
        {
          id: 'imageTag',
          title: t('Image tag'),
          sortKey: (build) => build.imageTag ?? '',
          cell: (build) => build.imageTag ?? '—',
        },
        {
          id: 'nodes',
          title: t('Nodes'),
          sortKey: (build) => build.nodes.length,
          cell: (build) => (
            <>
              {t('{{ready}} of {{total}} Ready', {
                ready: build.readyNodes,
                total: build.nodes.length,
              })}
              <div>
                <ListLink to={nodesPath(build)}>{t('Show nodes')}</ListLink>
              </div>
            </>
          ),
        },
        {
          id: 'runtimeClasses',
          title: t('RuntimeClasses'),
          sortKey: (build) => build.runtimeClasses.length,
          cell: (build) =>
            build.runtimeClasses.length > 0 ? (
              <LabelGroup
                data-test="build-runtime-classes"
                collapsedText={t('${remaining} more')}
                expandedText={t('Show less')}
              >
                {build.runtimeClasses.map((rc) => (
                  <Label
                    key={rc}
                    color={rc === build.guideRuntimeClass ? 'green' : 'grey'}
                    isCompact
                  >
                    {rc}
                  </Label>
                ))}
              </LabelGroup>
            ) : (
              <span data-test="build-runtime-classes">{t('None')}</span>
            ),
        },
        {
          id: 'guide',
          title: t('Guide’s RuntimeClass'),
          sortKey: (build) => (build.guideRuntimeClass ? 1 : 0),
          cell: (build) =>
            build.guideRuntimeClass ? (
              <Flex
                spaceItems={{ default: 'spaceItemsSm' }}
                flexWrap={{ default: 'nowrap' }}
                data-test="build-ready"
              >
                <FlexItem>
                  <SeverityIcon severity="ok" />
                </FlexItem>
                <FlexItem>
                  {t('{{name}} is the guide’s RuntimeClass for this build.', {
                    name: build.guideRuntimeClass,
                  })}
                </FlexItem>
              </Flex>
            ) : (
              <Flex spaceItems={{ default: 'spaceItemsSm' }} flexWrap={{ default: 'nowrap' }}>
                <FlexItem>
                  <SeverityIcon severity="warning" />
                </FlexItem>
                <FlexItem>{t('Missing: create it from the row’s menu.')}</FlexItem>
              </Flex>
            ),
        },
      ],
      attributes: [
        {
          id: 'guide',
          title: t('Guide’s RuntimeClass'),
          placeholder: t('Filter by guide’s RuntimeClass'),
          value: (build) => (build.guideRuntimeClass ? 'present' : 'missing'),
          options: [
            { id: 'missing', label: t('Missing') },
            { id: 'present', label: t('Present') },
          ],
        },
      ],
    }),
    [t],
  );
}
