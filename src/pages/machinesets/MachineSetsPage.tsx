import { useState } from 'react';
import {
  Alert,
  AlertActionCloseButton,
  Button,
  EmptyState,
  EmptyStateBody,
  EmptyStateFooter,
  Stack,
} from '@patternfly/react-core';
import type {
  MachineSetDefaults,
  WindowsMachine,
  WindowsMachineSetsResponse,
} from '../../../server/contract/machinesets';
import { machineSetPlatform } from '../../../server/src/domain/machinesets/platform-table';
import { useBffQuery } from '../../api/useBffQuery';
import { useLiveBff } from '../../api/useLiveBff';
import { LoadState } from '../../components/LoadState';
import { WindowsPage } from '../../components/WindowsPage';
import { Link } from '../../console';
import { usePluginTranslation } from '../../i18n';
import { DeleteMachineSetModal } from './DeleteMachineSetModal';
import { MachineSetsTable } from './MachineSetsTable';
import { MachineSetWizard } from './MachineSetWizard';
import { RemoveMachineModal } from './RemoveMachineModal';
import { ScaleMachineSetModal } from './ScaleMachineSetModal';

type Dialog =
  | { kind: 'scale' | 'delete'; machineSet: string }
  | { kind: 'remove'; machineSet: string; machine: WindowsMachine };

export default function MachineSetsPage() {
  const { t } = usePluginTranslation();
  const live = useLiveBff<WindowsMachineSetsResponse>('/machinesets');
  const defaults = useBffQuery<MachineSetDefaults>('/machinesets/defaults');
  const [wizardOpen, setWizardOpen] = useState(false);
  const [created, setCreated] = useState<string>();
  const [dialog, setDialog] = useState<Dialog>();
  const platform = defaults.data?.platform;
  const formPlatform = machineSetPlatform(platform)?.type;
  // Dialogs follow the live MachineSet, so a scale or deletion in progress shows as it happens.
  const dialogSet = live.data?.machineSets.find((set) => set.name === dialog?.machineSet);
  const closeDialog = () => {
    setDialog(undefined);
  };
  const createButton = (
    <Button
      variant="primary"
      isDisabled={!formPlatform || !defaults.data}
      isLoading={defaults.loading}
      onClick={() => {
        setCreated(undefined);
        setWizardOpen(true);
      }}
    >
      {t('Create Windows MachineSet')}
    </Button>
  );

  return (
    <WindowsPage
      title={t('Windows MachineSets')}
      description={t(
        "Create Windows MachineSets for this cluster's platform, scale them, and manage their machines.",
      )}
    >
      {wizardOpen && formPlatform && defaults.data ? (
        <MachineSetWizard
          platform={formPlatform}
          defaults={defaults.data}
          onClose={() => {
            setWizardOpen(false);
          }}
          onCreated={(name) => {
            setWizardOpen(false);
            setCreated(name);
          }}
        />
      ) : (
        <Stack hasGutter>
          {defaults.error ? (
            <Alert isInline variant="danger" title={t('Cannot read the cluster’s platform')}>
              {defaults.error}
            </Alert>
          ) : null}
          {platform && !formPlatform ? (
            <Alert
              isInline
              variant="info"
              title={t('No Windows MachineSets on {{platform}}', { platform })}
            >
              {t(
                'WMCO creates Windows machines through MachineSets on AWS, Azure, vSphere and GCP. Here, add Windows hosts as BYOH instances.',
              )}{' '}
              <Link to="/windows/byoh">{t('Add a BYOH instance')}</Link>
            </Alert>
          ) : null}
          {created ? (
            <Alert
              isInline
              variant="success"
              title={t('MachineSet {{name}} created', { name: created })}
              actionClose={
                <AlertActionCloseButton
                  onClose={() => {
                    setCreated(undefined);
                  }}
                />
              }
              data-test="machineset-created"
            >
              {t(
                'Its machines appear below as they are provisioned; WMCO turns each into a Windows node.',
              )}
            </Alert>
          ) : null}
          <LoadState
            loading={live.loading}
            error={live.error}
            expired={live.expired}
            hasData={live.data !== undefined}
          >
            {live.data && live.data.unreadable.length > 0 ? (
              <Alert
                isInline
                variant="warning"
                title={t('Some objects cannot be read with your permissions')}
              >
                {t('Not readable: {{resources}}. The list may be incomplete.', {
                  resources: live.data.unreadable.join(', '),
                })}
              </Alert>
            ) : null}
            {live.data?.machineSets.length === 0 ? (
              <EmptyState headingLevel="h2" titleText={t('No Windows MachineSets yet')}>
                <EmptyStateBody>
                  {t(
                    'A Windows MachineSet creates Windows machines from an image you choose; WMCO configures each one as a node.',
                  )}
                </EmptyStateBody>
                <EmptyStateFooter>{createButton}</EmptyStateFooter>
              </EmptyState>
            ) : null}
            {live.data && live.data.machineSets.length > 0 ? (
              <>
                <div>{createButton}</div>
                <MachineSetsTable
                  machineSets={live.data.machineSets}
                  onScale={(machineSet) => {
                    setDialog({ kind: 'scale', machineSet: machineSet.name });
                  }}
                  onDelete={(machineSet) => {
                    setDialog({ kind: 'delete', machineSet: machineSet.name });
                  }}
                  onRemoveMachine={(machineSet, machine) => {
                    setDialog({ kind: 'remove', machineSet: machineSet.name, machine });
                  }}
                />
              </>
            ) : null}
          </LoadState>
        </Stack>
      )}
      {dialog?.kind === 'scale' && dialogSet ? (
        <ScaleMachineSetModal machineSet={dialogSet} onClose={closeDialog} />
      ) : null}
      {dialog?.kind === 'delete' && dialogSet ? (
        <DeleteMachineSetModal machineSet={dialogSet} onClose={closeDialog} />
      ) : null}
      {dialog?.kind === 'remove' && dialogSet ? (
        <RemoveMachineModal machineSet={dialogSet} machine={dialog.machine} onClose={closeDialog} />
      ) : null}
    </WindowsPage>
  );
}
