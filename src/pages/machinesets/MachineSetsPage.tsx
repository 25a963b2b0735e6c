import { useCallback, useMemo, useState } from 'react';
import {
  Alert,
  AlertActionCloseButton,
  AlertActionLink,
  Button,
  Stack,
  ToolbarItem,
} from '@patternfly/react-core';
import type { WindowsMachine, WindowsMachineSet } from '../../../server/contract/machinesets';
import { machineSetPlatform } from '../../../server/src/domain/machinesets/platform-table';
import { windowsServerReleases } from '../../../server/src/domain/support/support-matrix';
import { ListSkeleton } from '../../components/list/ListSkeleton';
import type { ListExpansion } from '../../components/list/ListTable';
import { ListView } from '../../components/list/ListView';
import type { RowAction } from '../../components/list/RowActions';
import { useList } from '../../components/list/useList';
import { LoadState } from '../../components/LoadState';
import { UnreadableAlert } from '../../components/UnreadableAlert';
import { useQueryParam } from '../../components/useQueryParam';
import { WindowsPage } from '../../components/WindowsPage';
import { Link, useNavigate } from '../../console';
import { usePluginTranslation } from '../../i18n';
import { DeleteMachineSetModal } from './DeleteMachineSetModal';
import { startsExpanded } from './machine-set-list-model';
import { MachinesList } from './MachinesList';
import { useMachineSetDefaults, useMachineSets } from './machinesets-api';
import { MachineSetWizard } from './MachineSetWizard';
import { RemoveMachineModal } from './RemoveMachineModal';
import { ScaleMachineSetModal } from './ScaleMachineSetModal';
import { useMachineSetListSpec } from './useMachineSetListSpec';

type Dialog =
  | { kind: 'scale' | 'delete'; machineSet: string }
  | { kind: 'remove'; machineSet: string; machine: WindowsMachine };

const noMachineSets: WindowsMachineSet[] = [];

function buildOfRelease(version: string | undefined): string | undefined {
  return windowsServerReleases.find((release) => release.version === version)?.build;
}

export default function MachineSetsPage() {
  const { t } = usePluginTranslation();
  const navigate = useNavigate();
  const live = useMachineSets();
  const defaults = useMachineSetDefaults();
  const [wizard, setWizard] = useQueryParam('wizard');
  const wizardOpen = wizard === 'create';
  const [created, setCreated] = useState<string>();
  const [dialog, setDialog] = useState<Dialog>();
  const platform = defaults.data?.platform;
  const formPlatform = machineSetPlatform(platform)?.type;
  // Dialogs follow the live MachineSet, so a scale or deletion in progress shows as it happens.
  const dialogSet = live.data?.machineSets.find((set) => set.name === dialog?.machineSet);
  const closeDialog = () => {
    setDialog(undefined);
  };
  const canCreate = formPlatform !== undefined && defaults.data !== undefined;
  const createButton = useMemo(
    () => (
      <Button
        variant="primary"
        isDisabled={!canCreate}
        isLoading={defaults.loading}
        onClick={() => {
          setCreated(undefined);
          setWizard('create');
        }}
      >
        {t('Create Windows MachineSet')}
      </Button>
    ),
    [t, canCreate, defaults.loading, setWizard],
  );
  const toolbarActions = useMemo(() => <ToolbarItem>{createButton}</ToolbarItem>, [createButton]);

  const machineSets = live.data?.machineSets ?? noMachineSets;
  const createdSet = machineSets.find((set) => set.name === created);
  // The hand-off to the next stage, once the new set has a Ready node of a known build.
  const createdBuild =
    createdSet && createdSet.ready > 0 ? buildOfRelease(createdSet.windowsServer) : undefined;
  const spec = useMachineSetListSpec();
  const list = useList(machineSets, spec);
  const label = t('Windows MachineSets');
  const rowActions = useCallback(
    (machineSet: WindowsMachineSet): RowAction[] => [
      {
        title: t('Scale'),
        isDisabled: machineSet.deleting,
        onClick: () => {
          setDialog({ kind: 'scale', machineSet: machineSet.name });
        },
      },
      {
        title: t('Show nodes'),
        onClick: () => {
          const query = new URLSearchParams({ machineSet: machineSet.name }).toString();
          void navigate(`/windows/nodes?${query}`);
        },
      },
      {
        title: t('Delete'),
        isDanger: true,
        isDisabled: machineSet.deleting,
        onClick: () => {
          setDialog({ kind: 'delete', machineSet: machineSet.name });
        },
      },
    ],
    [t, navigate],
  );
  const expansion = useMemo<ListExpansion<WindowsMachineSet>>(
    () => ({
      initiallyExpanded: startsExpanded(machineSets),
      content: (machineSet) => (
        <MachinesList
          machineSet={machineSet.name}
          machines={machineSet.machines}
          onRemove={(machine: WindowsMachine) => {
            setDialog({ kind: 'remove', machineSet: machineSet.name, machine });
          }}
        />
      ),
    }),
    [machineSets],
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
            setWizard();
          }}
          onCreated={(name) => {
            setWizard();
            setCreated(name);
          }}
        />
      ) : (
        <Stack hasGutter>
          {defaults.error ? (
            <Alert
              component="h2"
              isInline
              variant="danger"
              title={t('Cannot read the cluster’s platform')}
            >
              {defaults.error}
            </Alert>
          ) : null}
          {platform && !formPlatform ? (
            <Alert
              component="h2"
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
              component="h2"
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
              actionLinks={
                createdBuild ? (
                  <AlertActionLink
                    onClick={() => {
                      const query = new URLSearchParams({ create: createdBuild }).toString();
                      void navigate(`/windows/workloads?${query}`);
                    }}
                  >
                    {t('Next: create a RuntimeClass for its Windows build')}
                  </AlertActionLink>
                ) : undefined
              }
            >
              {createdBuild
                ? t(
                    'A machine of it is a Ready Windows node. Pods reach nodes of its build through a RuntimeClass.',
                  )
                : t(
                    'Its machines appear below as they are provisioned; WMCO turns each into a Windows node.',
                  )}
            </Alert>
          ) : null}
          <LoadState
            loading={live.loading}
            error={live.error}
            expired={live.expired}
            hasData={live.data !== undefined}
            skeleton={<ListSkeleton spec={spec} label={label} />}
          >
            <UnreadableAlert
              resources={live.data?.unreadable ?? []}
              consequence={t('The list may be incomplete.')}
            />
            <ListView
              list={list}
              label={label}
              testId="machinesets-table"
              rowActions={rowActions}
              expansion={expansion}
              actions={toolbarActions}
              empty={{
                title: t('No Windows MachineSets yet'),
                body: t(
                  'A Windows MachineSet creates Windows machines from an image you choose; WMCO configures each one as a node.',
                ),
                actions: createButton,
              }}
            />
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
