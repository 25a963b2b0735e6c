import { useState } from 'react';
import { Alert, Button, Card, CardBody, CardTitle, Flex, Stack } from '@patternfly/react-core';
import { LoadState } from '../../components/LoadState';
import { UnreadableAlert } from '../../components/UnreadableAlert';
import { WindowsPage } from '../../components/WindowsPage';
import { usePluginTranslation } from '../../i18n';
import { useInstallState } from './install-api';
import { InstallProgressPanel } from './InstallProgressPanel';
import { InstallWizard } from './InstallWizard';
import { PublicKeyPanel } from './PublicKeyPanel';
import { RotateKeyModal } from './RotateKeyModal';
import { UninstallModal } from './UninstallModal';

type Dialog = 'rotate' | 'uninstall';

export default function InstallPage() {
  const { t } = usePluginTranslation();
  const { data, error, loading } = useInstallState();
  // Undefined until the user decides: a cluster without WMCO opens on the wizard.
  const [wizardOpen, setWizardOpen] = useState<boolean>();
  const [dialog, setDialog] = useState<Dialog>();
  const showWizard = wizardOpen ?? data?.progress.stage === 'not-started';

  return (
    <WindowsPage
      title={t('Install the Windows Machine Config Operator')}
      breadcrumbs={[{ label: t('Windows overview'), to: '/windows/overview' }]}
      description={t(
        'Install WMCO and its SSH key, follow the installation, or remove the operator again.',
      )}
    >
      <LoadState loading={loading} error={error} hasData={data !== undefined}>
        {data ? (
          <Stack hasGutter>
            <UnreadableAlert
              resources={data.unreadable}
              consequence={t('Installing needs cluster-admin rights.')}
            />
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
                        isInline
                        variant="warning"
                        title={t('No usable key in cloud-private-key')}
                      >
                        {t('Run the install wizard to generate or upload one.')}
                      </Alert>
                    )}
                  </CardBody>
                </Card>
                <Flex>
                  <Button
                    variant="primary"
                    onClick={() => {
                      setWizardOpen(true);
                    }}
                  >
                    {t('Run the install wizard')}
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
      {dialog === 'rotate' ? (
        <RotateKeyModal
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
