import { useState } from 'react';
import {
  Alert,
  Button,
  EmptyState,
  EmptyStateBody,
  EmptyStateFooter,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  Stack,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import type { ByohInstance, ByohState, InstanceInput } from '../../../server/contract/byoh';
import { useLiveBff } from '../../api/useLiveBff';
import { LoadState } from '../../components/LoadState';
import { WindowsPage } from '../../components/WindowsPage';
import { usePluginTranslation } from '../../i18n';
import { byohApi } from './byoh-api';
import { ConfirmModal } from '../../components/ConfirmModal';
import { InstanceFormModal } from './InstanceFormModal';
import { InstancesTable } from './InstancesTable';
import { MalformedEntriesAlert } from './MalformedEntriesAlert';
import { PreflightPanel } from './PreflightPanel';

type Dialog =
  | { kind: 'add' }
  | { kind: 'edit'; instance: ByohInstance }
  | { kind: 'remove'; instance: ByohInstance }
  | { kind: 'delete-all' }
  | { kind: 'preflight'; hosts: InstanceInput[] };

function preflightTarget(instances: ByohInstance[]): InstanceInput[] {
  return instances.flatMap(({ address, username }) =>
    username === undefined ? [] : [{ address, username }],
  );
}

export default function ByohPage() {
  const { t } = usePluginTranslation();
  const { data, error, loading, expired } = useLiveBff<ByohState>('/byoh');
  const [dialog, setDialog] = useState<Dialog>();
  const close = () => {
    setDialog(undefined);
  };
  const instances = data?.instances ?? [];

  return (
    <WindowsPage
      title={t('Bring-Your-Own-Host Windows instances')}
      description={t(
        'Add existing Windows servers as nodes after checking them over SSH, and follow them as they join.',
      )}
    >
      <LoadState loading={loading} error={error} expired={expired} hasData={data !== undefined}>
        {data ? (
          <Stack hasGutter>
            {data.malformed > 0 ? <MalformedEntriesAlert instances={instances} /> : null}
            {data.unreadable.length > 0 ? (
              <Alert
                isInline
                variant="warning"
                title={t('Some objects cannot be read with your permissions')}
              >
                {t('Not readable: {{resources}}. The list may be incomplete.', {
                  resources: data.unreadable.join(', '),
                })}
              </Alert>
            ) : null}
            {data.orphanNodes.length > 0 ? (
              <Alert isInline variant="info" title={t('WMCO is removing BYOH nodes')}>
                {t('No entry stands for these nodes any more: {{nodes}}.', {
                  nodes: data.orphanNodes.join(', '),
                })}
              </Alert>
            ) : null}
            <Toolbar>
              <ToolbarContent>
                <ToolbarItem>
                  <Button
                    onClick={() => {
                      setDialog({ kind: 'add' });
                    }}
                  >
                    {t('Add instance')}
                  </Button>
                </ToolbarItem>
                <ToolbarItem>
                  <Button
                    variant="secondary"
                    isDisabled={preflightTarget(instances).length === 0}
                    onClick={() => {
                      setDialog({ kind: 'preflight', hosts: preflightTarget(instances) });
                    }}
                  >
                    {t('Preflight all')}
                  </Button>
                </ToolbarItem>
                {data.configMapExists ? (
                  <ToolbarItem>
                    <Button
                      variant="danger"
                      onClick={() => {
                        setDialog({ kind: 'delete-all' });
                      }}
                    >
                      {t('Delete windows-instances')}
                    </Button>
                  </ToolbarItem>
                ) : null}
              </ToolbarContent>
            </Toolbar>
            {instances.length === 0 ? (
              <EmptyState headingLevel="h2" titleText={t('No BYOH instances yet')}>
                <EmptyStateBody>
                  {t(
                    'List a Windows server in ConfigMap windows-instances of {{namespace}} and WMCO makes it a node. Check it over SSH first.',
                    { namespace: data.namespace },
                  )}
                </EmptyStateBody>
                <EmptyStateFooter>
                  <Button
                    variant="link"
                    onClick={() => {
                      setDialog({ kind: 'add' });
                    }}
                  >
                    {t('Add a BYOH instance')}
                  </Button>
                </EmptyStateFooter>
              </EmptyState>
            ) : (
              <InstancesTable
                instances={instances}
                onPreflight={({ address, username }) => {
                  setDialog({ kind: 'preflight', hosts: [{ address, username: username ?? '' }] });
                }}
                onEdit={(instance) => {
                  setDialog({ kind: 'edit', instance });
                }}
                onRemove={(instance) => {
                  setDialog({ kind: 'remove', instance });
                }}
              />
            )}
          </Stack>
        ) : null}
      </LoadState>
      {dialog?.kind === 'add' ? <InstanceFormModal onClose={close} /> : null}
      {dialog?.kind === 'edit' ? (
        <InstanceFormModal
          editing={{ address: dialog.instance.address, username: dialog.instance.username ?? '' }}
          onClose={close}
        />
      ) : null}
      {dialog?.kind === 'preflight' ? (
        <Modal isOpen variant="large" onClose={close} aria-labelledby="byoh-preflight-title">
          <ModalHeader title={t('SSH preflight')} labelId="byoh-preflight-title" />
          <ModalBody>
            <PreflightPanel hosts={dialog.hosts} />
          </ModalBody>
          <ModalFooter>
            <Button variant="primary" onClick={close}>
              {t('Close')}
            </Button>
          </ModalFooter>
        </Modal>
      ) : null}
      {dialog?.kind === 'remove' ? (
        <ConfirmModal
          id="byoh-remove-entry"
          title={t('Remove {{address}}?', { address: dialog.instance.address })}
          confirmLabel={t('Remove entry')}
          danger
          onConfirm={() => byohApi.remove(dialog.instance.address)}
          onClose={close}
        >
          {dialog.instance.node
            ? t(
                'WMCO will deconfigure this host: node {{node}} is drained and deleted, and the host is returned to its state before it was added. WMCO needs the current cloud-private-key to reach it.',
                { node: dialog.instance.node.name },
              )
            : t(
                'WMCO will stop configuring this host, and deconfigure whatever it has set up on it already.',
              )}
        </ConfirmModal>
      ) : null}
      {dialog?.kind === 'delete-all' ? (
        <ConfirmModal
          id="byoh-delete-all"
          title={t('Delete ConfigMap windows-instances?')}
          confirmLabel={t('Delete and deconfigure every BYOH host')}
          danger
          onConfirm={byohApi.deleteAll}
          onClose={close}
        >
          {t(
            'Deleting windows-instances asks WMCO to deconfigure every BYOH host ({{count}} listed): their nodes are drained and deleted, and the hosts are returned to their state before they were added.',
            { count: instances.length },
          )}
        </ConfirmModal>
      ) : null}
    </WindowsPage>
  );
}
