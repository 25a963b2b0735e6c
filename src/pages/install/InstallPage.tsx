import { useState } from 'react';
import { Alert, Button, Card, CardBody, CardTitle, Flex, Stack } from '@patternfly/react-core';
import type { InstallPart } from '../../../server/contract/install';
import { LoadState } from '../../components/LoadState';
import { UnreadableAlert } from '../../components/UnreadableAlert';
import { WindowsPage } from '../../components/WindowsPage';
import { usePluginTranslation } from '../../i18n';
import { useWording } from '../../messages/useWording';
import { useInstallState } from './install-api';
import { InstallProgressPanel } from './InstallProgressPanel';
import { InstallWizard } from './InstallWizard';
import { LogRotationPanel } from './LogRotationPanel';
import { PublicKeyPanel } from './PublicKeyPanel';
import { RotateKeyModal } from './RotateKeyModal';
import { UninstallModal } from './UninstallModal';

type Dialog = 'rotate' | 'uninstall';

/** The objects an install makes after its namespace, as the cluster names them. */
const partObjects: Record<InstallPart, string> = {
  'operator-group': 'OperatorGroup',
  subscription: 'Subscription',
  key: 'Secret cloud-private-key',
};

export default function InstallPage() {
  const { t } = usePluginTranslation();
  const wording = useWording();
  const { data, error, loading, expired } = useInstallState();
  // Undefined until the user decides: a cluster without WMCO opens on the wizard, one with an install
  // that stopped halfway on what is there, with the way to resume it.
  const [wizardOpen, setWizardOpen] = useState<boolean>();
  const [dialog, setDialog] = useState<Dialog>();
  const showWizard = wizardOpen ?? (data?.progress.stage === 'not-started' && !data.incomplete);

  return (
    <WindowsPage
      title={t('Install the Windows Machine Config Operator')}
      breadcrumbs={[{ label: t('Windows overview'), to: '/windows/overview' }]}
      description={t(
        'Install WMCO and its SSH key, follow the installation, or remove the operator again.',
      )}
    >
      <LoadState loading={loading} error={error} expired={expired} hasData={data !== undefined}>
        {data ? (
          <Stack hasGutter>
            <UnreadableAlert
              resources={data.unreadable}
              consequence={t('Installing needs cluster-admin rights.')}
            />
            {data.incomplete && !showWizard ? (
              <Alert
                component="h2"
                isInline
                variant="warning"
                title={t('The install in {{namespace}} did not finish', {
                  namespace: data.namespace,
                })}
                data-test="install-incomplete"
              >
                {t(
                  'Not there yet: {{objects}}. Resuming runs the install again with the choices it was started with: it creates what is missing and keeps what exists.',
                  {
                    objects: wording.list(data.incomplete.missing.map((part) => partObjects[part])),
                  },
                )}
              </Alert>
            ) : null}
            {showWizard ? (
              <InstallWizard
                state={data}
                onStarted={() => {
                  setWizardOpen(true);
                }}
                onClose={() => {
                  setWizardOpen(false);
                }}
              />
            ) : (
              <>
                <Card>
                  <CardTitle component="h2">{t('Operator')}</CardTitle>
                  <CardBody>
                    <InstallProgressPanel progress={data.progress} />
                  </CardBody>
                </Card>
                <Card>
                  <CardTitle component="h2">{t('SSH key')}</CardTitle>
                  <CardBody>
                    {data.existing.key ? (
                      <PublicKeyPanel publicKey={data.existing.key} />
                    ) : (
                      <Alert
                        component="h2"
                        isInline
                        variant="warning"
                        title={t('No usable key in cloud-private-key')}
                      >
                        {t('Run the install wizard to generate or upload one.')}
                      </Alert>
                    )}
                  </CardBody>
                </Card>
                {data.logRotation ? (
                  <Card data-test="log-rotation">
                    <CardTitle component="h2">{t('Service log rotation')}</CardTitle>
                    <CardBody>
                      <LogRotationPanel state={data.logRotation} />
                    </CardBody>
                  </Card>
                ) : null}
                <Flex>
                  <Button
                    variant="primary"
                    onClick={() => {
                      setWizardOpen(true);
                    }}
                    data-test={data.incomplete ? 'resume-install' : undefined}
                  >
                    {data.incomplete ? t('Resume the install') : t('Run the install wizard')}
                  </Button>
                  {data.existing.key ? (
                    <Button
                      variant="secondary"
                      onClick={() => {
                        setDialog('rotate');
                      }}
                    >
                      {t('Rotate key')}
                    </Button>
                  ) : null}
                  {data.progress.stage !== 'not-started' || data.existing.namespace ? (
                    <Button
                      variant="danger"
                      onClick={() => {
                        setDialog('uninstall');
                      }}
                    >
                      {t('Uninstall')}
                    </Button>
                  ) : null}
                </Flex>
              </>
            )}
          </Stack>
        ) : null}
      </LoadState>
      {dialog === 'rotate' && data ? (
        <RotateKeyModal
          reach={data.keyRotation}
          onClose={() => {
            setDialog(undefined);
          }}
        />
      ) : null}
      {dialog === 'uninstall' ? (
        <UninstallModal
          onClose={() => {
            setDialog(undefined);
          }}
        />
      ) : null}
    </WindowsPage>
  );
}
