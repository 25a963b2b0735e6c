import { useCallback } from 'react';
import { Stack } from '@patternfly/react-core';
import type { WindowsNode } from '../../../server/contract/nodes';
import { ListSkeleton } from '../../components/list/ListSkeleton';
import { ListView } from '../../components/list/ListView';
import type { RowAction } from '../../components/list/RowActions';
import { useList } from '../../components/list/useList';
import { LoadState } from '../../components/LoadState';
import { UnreadableAlert } from '../../components/UnreadableAlert';
import { WindowsPage } from '../../components/WindowsPage';
import { Link, useNavigate } from '../../console';
import { usePluginTranslation } from '../../i18n';
import { useWindowsNodes } from './nodes-api';
import { useNodeListSpec } from './useNodeListSpec';

const noNodes: WindowsNode[] = [];

function filteredPath(page: string, name: string): string {
  return `/windows/${page}?${new URLSearchParams({ name }).toString()}`;
}

export default function NodesPage() {
  const { t } = usePluginTranslation();
  const navigate = useNavigate();
  const { data, error, loading } = useWindowsNodes();
  const spec = useNodeListSpec(data?.operatorVersion);
  const list = useList(data?.nodes ?? noNodes, spec);
  const label = t('Windows nodes');
  const rowActions = useCallback(
    (node: WindowsNode): RowAction[] => [
      node.source === 'BYOH'
        ? {
            title: t('Show BYOH instance'),
            isDisabled: !node.origin,
            onClick: () => {
              void navigate(filteredPath('byoh', node.origin ?? ''));
            },
          }
        : {
            title: t('Show MachineSet'),
            isDisabled: !node.origin,
            onClick: () => {
              void navigate(filteredPath('machinesets', node.origin ?? ''));
            },
          },
      {
        title: t('Show upgrade state'),
        onClick: () => {
          void navigate(filteredPath('upgrades', node.name));
        },
      },
    ],
    [t, navigate],
  );

  return (
    <WindowsPage
      title={t('Windows nodes')}
      description={t(
        'Every Windows node with its Windows Server build, WMCO version, source and readiness.',
      )}
    >
      <LoadState
        loading={loading}
        error={error}
        hasData={data !== undefined}
        skeleton={<ListSkeleton spec={spec} label={label} />}
      >
        <Stack hasGutter>
          <UnreadableAlert
            resources={data?.unreadable ?? []}
            consequence={t('The list may be incomplete.')}
          />
          <ListView
            list={list}
            label={label}
            testId="nodes-table"
            rowActions={rowActions}
            empty={{
              title: t('No Windows nodes yet'),
              body: t(
                'Windows nodes appear here once a Windows MachineSet has machines or a BYOH instance has joined.',
              ),
              actions: (
                <>
                  <Link to="/windows/machinesets">{t('Create a Windows MachineSet')}</Link>
                  <Link to="/windows/byoh">{t('Add a BYOH instance')}</Link>
                </>
              ),
            }}
          />
        </Stack>
      </LoadState>
    </WindowsPage>
  );
}
