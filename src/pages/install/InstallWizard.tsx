import { useState } from 'react';
import { Alert, Spinner, Wizard, WizardHeader, WizardStep } from '@patternfly/react-core';
import type { InstallResult, InstallState } from '../../../server/contract/install';
import { failureMessage } from '../../api/bff-client';
import { useFitToViewport } from '../../components/useFitToViewport';
import { useWizardFooter } from '../../components/useWizardFooter';
import { useFocusOnOpen } from '../../components/useFocusOnOpen';
import { usePluginTranslation } from '../../i18n';
import { useOverviewOnce } from '../overview/overview-api';
import { installWmco } from './install-api';
import {
  initialInstallForm,
  installFormErrors,
  toInstallRequest,
  type InstallForm,
} from './install-form';
import { InstallOutcome } from './InstallOutcome';
import { KeyStep } from './KeyStep';
import { OperatorStep } from './OperatorStep';
import { PrerequisitesStep } from './PrerequisitesStep';
import { ReviewStep } from './ReviewStep';

interface InstallWizardProps {
  /** Live install state, so the last step follows OLM as it installs. */
  state: InstallState;
  /** Called once the install runs, so the page keeps the wizard open while the stage changes. */
  onStarted: () => void;
  onClose: () => void;
}

export function InstallWizard({ state, onStarted, onClose }: InstallWizardProps) {
  const { t } = usePluginTranslation();
  const overview = useOverviewOnce();
  const [form, setForm] = useState<InstallForm>(() => initialInstallForm(state));
  const [install, setInstall] = useState<{
    running: boolean;
    result?: InstallResult;
    error?: string;
  }>({ running: false });
  const errors = installFormErrors(form);
  const change = (update: Partial<InstallForm>) => {
    setForm((previous) => ({ ...previous, ...update }));
  };
  const blocked =
    overview.data?.findings.some(
      (finding) => finding.severity === 'blocked' && finding.area !== 'byoh',
    ) ?? true;
  const operatorInvalid = Boolean(errors.namespace ?? errors.channel ?? errors.catalog);

  const runInstall = () => {
    if (install.running || install.result) return;
    onStarted();
    setInstall({ running: true });
    installWmco(toInstallRequest(form)).then(
      (result) => {
        setInstall({ running: false, result });
      },
      (error: unknown) => {
        setInstall({ running: false, error: failureMessage(error) });
      },
    );
  };

  const footer = useWizardFooter();
  const [fitRef, fitHeight] = useFitToViewport();
  useFocusOnOpen('install-wizard-title');
  return (
    <div ref={fitRef}>
      <Wizard
        height={fitHeight}
        header={
          <WizardHeader
            title={t('Install the Windows Machine Config Operator')}
            titleId="install-wizard-title"
            onClose={onClose}
            closeButtonAriaLabel={t('Close')}
          />
        }
        onClose={onClose}
        onStepChange={(_event, step) => {
          if (step.id === 'progress') runInstall();
        }}
        isVisitRequired
        data-test="install-wizard"
      >
        <WizardStep
          name={t('Prerequisites')}
          id="prerequisites"
          footer={{ ...footer, isNextDisabled: blocked }}
        >
          <PrerequisitesStep
            overview={overview.data}
            loading={overview.loading}
            error={overview.error}
          />
        </WizardStep>
        <WizardStep
          name={t('Operator')}
          id="operator"
          footer={{ ...footer, isNextDisabled: operatorInvalid }}
        >
          <OperatorStep state={state} form={form} errors={errors} onChange={change} />
        </WizardStep>
        <WizardStep
          name={t('SSH key')}
          id="key"
          footer={{ ...footer, isNextDisabled: Boolean(errors.uploadedKey) }}
        >
          <KeyStep existingKey={state.existing.key} form={form} errors={errors} onChange={change} />
        </WizardStep>
        <WizardStep
          name={t('Review')}
          id="review"
          footer={{ ...footer, nextButtonText: t('Install') }}
        >
          <ReviewStep request={toInstallRequest(form)} />
        </WizardStep>
        <WizardStep
          name={t('Progress')}
          id="progress"
          footer={{
            ...footer,
            nextButtonText: t('Close'),
            onNext: onClose,
            isBackDisabled: install.running || Boolean(install.result),
            isCancelHidden: true,
          }}
        >
          {install.running ? <Spinner aria-label={t('Installing')} /> : null}
          {install.error ? (
            <Alert
              component="h2"
              isInline
              variant="danger"
              title={t('The install stopped')}
              data-test="install-error"
            >
              {install.error}
            </Alert>
          ) : null}
          {install.result ? <InstallOutcome result={install.result} state={state} /> : null}
        </WizardStep>
      </Wizard>
    </div>
  );
}
