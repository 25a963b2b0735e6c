import { useCallback, useMemo } from 'react';
import { Button, ToolbarItem, Tooltip } from '@patternfly/react-core';
import type { ByohInstance, ByohState } from '../../../server/contract/byoh';
import { maxPreflightHosts } from '../../../server/contract/limits';
import { ListView } from '../../components/list/ListView';
import type { RowAction } from '../../components/list/RowActions';
import type { List } from '../../components/list/useList';
import { useNavigate } from '../../console';
import { usePluginTranslation } from '../../i18n';
import type { ByohDialog } from './byoh-dialog';
import { preflightTargets } from './instance-list-model';

interface InstancesListProps {
  state: ByohState;
  list: List<ByohInstance>;
  label: string;
  onOpen: (dialog: ByohDialog) => void;
}

/** The entries of windows-instances as a list: add, check over SSH, edit and remove them. */
export function InstancesList({ state, list, label, onOpen }: InstancesListProps) {
  const { t } = usePluginTranslation();
  const navigate = useNavigate();
  const targets = useMemo(() => preflightTargets(list.matching), [list.matching]);
  const tooMany = targets.length > maxPreflightHosts;
  const { isFiltered } = list;
  const { configMapExists } = state;

  const actions = useMemo(() => {
    const preflight = (
      <Button
        variant="secondary"
        isDisabled={targets.length === 0}
        isAriaDisabled={tooMany}
        onClick={() => {
          onOpen({ kind: 'preflight', hosts: targets });
        }}
      >
        {isFiltered
          ? t('Preflight {{count}} matching', { count: targets.length })
          : t('Preflight all')}
      </Button>
    );
    return (
      <>
        <ToolbarItem>
          <Button
            onClick={() => {
              onOpen({ kind: 'add' });
            }}
          >
            {t('Add instance')}
          </Button>
        </ToolbarItem>
        <ToolbarItem>
          {tooMany ? (
            <Tooltip
              content={t('A preflight checks at most {{max}} hosts: filter the list first.', {
                max: maxPreflightHosts,
              })}
            >
              {preflight}
            </Tooltip>
          ) : (
            preflight
          )}
        </ToolbarItem>
        {configMapExists ? (
          <ToolbarItem>
            <Button
              variant="danger"
              onClick={() => {
                onOpen({ kind: 'delete-all' });
              }}
            >
              {t('Delete windows-instances')}
            </Button>
          </ToolbarItem>
        ) : null}
      </>
    );
  }, [t, targets, tooMany, isFiltered, configMapExists, onOpen]);

  const rowActions = useCallback(
    (instance: ByohInstance): RowAction[] => [
      {
        title: t('Preflight'),
        isDisabled: instance.username === undefined,
        onClick: () => {
          onOpen({
            kind: 'preflight',
            hosts: [{ address: instance.address, username: instance.username ?? '' }],
          });
        },
      },
      {
        title: t('Edit'),
        onClick: () => {
          onOpen({ kind: 'edit', instance });
        },
      },
      {
        title: t('Show node'),
        isDisabled: !instance.node,
        onClick: () => {
          const query = new URLSearchParams({ name: instance.node?.name ?? '' }).toString();
          void navigate(`/windows/nodes?${query}`);
        },
      },
      {
        title: t('Remove'),
        isDanger: true,
        onClick: () => {
          onOpen({ kind: 'remove', instance });
        },
      },
    ],
    [t, navigate, onOpen],
  );

  return (
    <ListView
      list={list}
      label={label}
      testId="byoh-instances"
      rowActions={rowActions}
      actions={actions}
      empty={{
        title: t('No BYOH instances yet'),
        body: t(
          'List a Windows server in ConfigMap windows-instances of {{namespace}} and WMCO makes it a node. Check it over SSH first.',
          { namespace: state.namespace },
        ),
        actions: (
          <Button
            onClick={() => {
              onOpen({ kind: 'add' });
            }}
          >
            {t('Add instance')}
          </Button>
        ),
      }}
    />
  );
}
