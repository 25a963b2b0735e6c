import { useState } from 'react';
import {
  Alert,
  Button,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Label,
  Spinner,
} from '@patternfly/react-core';
import type { InstallProgress } from '../../../server/contract/install';
import { failureMessage } from '../../api/bff-client';
import { usePluginTranslation } from '../../i18n';
import { approveInstallPlan } from './install-api';

const stageStatus = {
  'not-started': undefined,
  subscribed: 'info',
  'awaiting-approval': 'warning',
  installing: 'info',
  succeeded: 'success',
  failed: 'danger',
} as const;

/** OLM's progress, live: Subscription, InstallPlan (with Approve when it waits), CSV phase and message. */
export function InstallProgressPanel({ progress }: { progress: InstallProgress }) {
  const { t } = usePluginTranslation();
  const [approving, setApproving] = useState(false);
  const [approveError, setApproveError] = useState<string>();
  const stageLabels = {
    'not-started': t('Not installed'),
    subscribed: t('Subscribed, waiting for an InstallPlan'),
    'awaiting-approval': t('InstallPlan waits for approval'),
    installing: t('Installing'),
    succeeded: t('Installed'),
    failed: t('Installation failed'),
  };
  const approve = (installPlan: string) => {
    setApproving(true);
    setApproveError(undefined);
    approveInstallPlan(installPlan).then(
      () => {
        setApproving(false);
      },
      (error: unknown) => {
        setApproving(false);
        setApproveError(failureMessage(error));
      },
    );
  };
  const plan = progress.installPlan;
  return (
    <>
      <DescriptionList
        isHorizontal
        isCompact
        horizontalTermWidthModifier={{ default: '24ch' }}
        data-test="install-progress"
      >
        <DescriptionListGroup>
          <DescriptionListTerm>{t('Status')}</DescriptionListTerm>
          <DescriptionListDescription>
            <Label status={stageStatus[progress.stage]} data-test="install-stage">
              {stageLabels[progress.stage]}
            </Label>
            {progress.stage === 'installing' || progress.stage === 'subscribed' ? (
              <Spinner size="sm" aria-label={t('In progress')} />
            ) : null}
          </DescriptionListDescription>
        </DescriptionListGroup>
        {progress.subscriptionState ? (
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Subscription')}</DescriptionListTerm>
            <DescriptionListDescription>{progress.subscriptionState}</DescriptionListDescription>
          </DescriptionListGroup>
        ) : null}
        {plan ? (
          <DescriptionListGroup>
            <DescriptionListTerm>{t('InstallPlan')}</DescriptionListTerm>
            <DescriptionListDescription data-test="install-plan">
              {plan.name} · {plan.phase ?? t('Pending')}
              {plan.approved ? null : (
                <>
                  {' '}
                  <Button
                    variant="primary"
                    size="sm"
                    isLoading={approving}
                    isDisabled={approving}
                    onClick={() => {
                      approve(plan.name);
                    }}
                  >
                    {t('Approve')}
                  </Button>
                </>
              )}
            </DescriptionListDescription>
          </DescriptionListGroup>
        ) : null}
        {progress.csv ? (
          <DescriptionListGroup>
            <DescriptionListTerm>{t('ClusterServiceVersion')}</DescriptionListTerm>
            <DescriptionListDescription data-test="install-csv">
              {progress.csv.name} · {progress.csv.phase ?? t('Pending')}
              {progress.csv.message ? ` — ${progress.csv.message}` : ''}
            </DescriptionListDescription>
          </DescriptionListGroup>
        ) : null}
      </DescriptionList>
      {progress.stage === 'failed' ? (
        <Alert component="h2" isInline variant="danger" title={t('WMCO could not be installed')}>
          {[progress.csv?.reason, progress.csv?.message].filter(Boolean).join(': ') ||
            t('The InstallPlan failed; see its status in the Operators pages.')}
        </Alert>
      ) : null}
      {approveError ? (
        <Alert component="h2" isInline variant="danger" title={t('Approval failed')}>
          {approveError}
        </Alert>
      ) : null}
    </>
  );
}
