import { useState } from 'react';
import {
  Alert,
  Button,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  Stack,
} from '@patternfly/react-core';
import type { ByohInstance } from '../../../server/contract/byoh';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ListSkeleton } from '../../components/list/ListSkeleton';
import { useList } from '../../components/list/useList';
import { LoadState } from '../../components/LoadState';
import { UnreadableAlert } from '../../components/UnreadableAlert';
import { WindowsPage } from '../../components/WindowsPage';
import { usePluginTranslation } from '../../i18n';
import type { ByohDialog } from './byoh-dialog';
import { removeAllByohEntries, removeByohEntry, useByohInstances } from './byoh-api';
import { InstanceFormModal } from './InstanceFormModal';
import { InstancesList } from './InstancesList';
import { MalformedEntriesAlert } from './MalformedEntriesAlert';
import { PreflightPanel } from './PreflightPanel';
import { useInstanceListSpec } from './useInstanceListSpec';

const noInstances: ByohInstance[] = [];

export default function ByohPage() {
  const { t } = usePluginTranslation();
  const { data, error, loading, expired } = useByohInstances();
  const [dialog, setDialog] = useState<ByohDialog>();
  const close = () => {
    setDialog(undefined);
  };
  const instances = data?.instances ?? noInstances;
  const spec = useInstanceListSpec();
  const list = useList(instances, spec);
  const label = t('BYOH instances');

  return (
    <WindowsPage
      title={t('Bring-Your-Own-Host Windows instances')}
      description={t(
        'Add existing Windows servers as nodes after checking them over SSH, and follow them as they join.',
      )}
    >
      <LoadState
        loading={loading}
        error={error}
        expired={expired}
        hasData={data !== undefined}
        skeleton={<ListSkeleton spec={spec} label={label} />}
      >
        {data ? (
          <Stack hasGutter>
            {data.malformed > 0 ? <MalformedEntriesAlert instances={instances} /> : null}
            <UnreadableAlert
              resources={data.unreadable}
              consequence={t('The list may be incomplete.')}
            />
            {data.orphanNodes.length > 0 ? (
              <Alert
                component="h2"
                isInline
                variant="info"
                title={t('WMCO is removing BYOH nodes')}
              >
                {t('No entry stands for these nodes any more: {{nodes}}.', {
                  nodes: data.orphanNodes.join(', '),
                })}
              </Alert>
            ) : null}
            <InstancesList state={data} list={list} label={label} onOpen={setDialog} />
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
          onConfirm={() => removeByohEntry(dialog.instance.address)}
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
          title={t('Remove all {{count}} BYOH hosts?', { count: instances.length })}
          confirmLabel={t('Remove all BYOH hosts')}
          danger
          onConfirm={removeAllByohEntries}
          onClose={close}
        >
          {t(
            'This deletes ConfigMap windows-instances, and WMCO deconfigures every BYOH host ({{count}} listed): their nodes are drained and deleted, and the hosts are returned to their state before they were added.',
            { count: instances.length },
          )}
        </ConfirmModal>
      ) : null}
    </WindowsPage>
  );
}
