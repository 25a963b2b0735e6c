import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  CardBody,
  CardTitle,
  Content,
  Flex,
  Label,
  ProgressStep,
  ProgressStepper,
  Stack,
} from '@patternfly/react-core';
import type { ReplacementView } from '../../../server/contract/replacement';
import { failureMessage } from '../../api/bff-client';
import { ConfirmModal } from '../../components/ConfirmModal';
import { usePluginTranslation } from '../../i18n';
import {
  canAbort,
  shownSteps,
  stepToConfirm,
  stepVariant,
  type ForwardStep,
} from './lifecycle-model';
import { abortReplacement, confirmReplacementStep } from './lifecycle-api';
import { isMovedOn, type ReplacementDriver } from './useReplacementDriver';
import { useReplacementText } from './useReplacementText';

interface ReplacementProgressProps {
  view: ReplacementView;
  driver: ReplacementDriver;
}

/** One replacement live: its steps, what it does or waits for, and the step to confirm or the abort. */
export function ReplacementProgress({ view, driver }: ReplacementProgressProps) {
  const { t } = usePluginTranslation();
  const text = useReplacementText();
  // The step is the one the admin saw when asked, even if a newer document moves on meanwhile.
  const [asking, setAsking] = useState<{ confirm: ForwardStep } | 'abort'>();
  const [outdated, setOutdated] = useState(false);
  const { oldMachineSet, newMachineSet } = view.plan;
  const failure = driver.failures[oldMachineSet];
  const settled = driver.isSettled(view);
  const toConfirm = stepToConfirm(view);
  const statusWords: Record<ReplacementView['status'], string> = {
    running: t('Running'),
    'rolling-back': t('Rolling back'),
    finished: t('Finished'),
    'rolled-back': t('Rolled back'),
  };
  const act = (ask: () => ReturnType<typeof abortReplacement>) => {
    setOutdated(false);
    return driver.request(view, ask).catch((error: unknown) => {
      // A moot request, not a failure: the modal closes and the page says so.
      if (!isMovedOn(error)) throw error;
      setOutdated(true);
    });
  };
  const failed = view.steps.find((step) => step.failure);
  const confirmationText = (step: NonNullable<typeof toConfirm>) => {
    switch (step) {
      case 'create-machine-set':
        return t('MachineSet {{newMachineSet}} is created with 0 replicas.', { newMachineSet });
      case 'scale-up':
        return t(
          '{{newMachineSet}} is scaled to {{replicas}}; the page waits for its nodes to be Ready.',
          {
            newMachineSet,
            replicas: view.plan.replicas,
          },
        );
      case 'wait-nodes-ready':
        return t('The page goes on waiting for the new nodes.');
      case 'drain-old-nodes':
        return t(
          'The nodes of {{oldMachineSet}} are cordoned and their pods evicted, honouring PodDisruptionBudgets.',
          { oldMachineSet },
        );
      case 'scale-down-old':
        return t('{{oldMachineSet}} is scaled to 0: its machines are deleted.', { oldMachineSet });
    }
  };
  return (
    <Card data-test={`replacement-${oldMachineSet}`} data-status={view.status}>
      <CardTitle>
        {t('{{oldMachineSet}} → {{newMachineSet}} (Windows Server {{version}})', {
          oldMachineSet,
          newMachineSet,
          version: view.plan.targetVersion,
        })}{' '}
        <Label isCompact data-test="replacement-status">
          {statusWords[view.status]}
        </Label>
      </CardTitle>
      <CardBody>
        <Stack hasGutter>
          <ProgressStepper isVertical aria-label={t('Replacement steps')}>
            {shownSteps(view).map((step) => (
              <ProgressStep
                key={step.id}
                id={`${oldMachineSet}-${step.id}`}
                titleId={`${oldMachineSet}-${step.id}-title`}
                variant={stepVariant(step.state)}
                isCurrent={view.current === step.id}
                data-test={`replacement-step-${step.id}`}
                data-state={step.state}
                description={step.at ? new Date(step.at).toLocaleString() : undefined}
              >
                {text.step(step.id)}
              </ProgressStep>
            ))}
          </ProgressStepper>
          <Content component="p" data-test="replacement-next">
            {text.next(view.next)}
          </Content>
          <Content component="p" data-test="replacement-observed">
            {t(
              'Old MachineSet: {{oldReplicas}} replicas, {{oldNodes}} nodes. New MachineSet: {{newReplicas}} replicas, {{newReady}} of {{newNodes}} nodes Ready.',
              {
                oldReplicas: view.observed.old?.replicas ?? 0,
                oldNodes: view.observed.old?.nodes.length ?? 0,
                newReplicas: view.observed.new?.replicas ?? 0,
                newReady: view.observed.new?.nodes.filter((node) => node.ready).length ?? 0,
                newNodes: view.observed.new?.nodes.length ?? 0,
              },
            )}
          </Content>
          {failed?.failure ? (
            <Alert component="h2" isInline variant="danger" title={t('A step failed')}>
              {text.failure(failed.failure)}
            </Alert>
          ) : null}
          {failure ? (
            <Alert
              component="h2"
              isInline
              variant="warning"
              title={t('The last turn failed; it is retried')}
            >
              {failureMessage(failure)}
            </Alert>
          ) : null}
          {outdated ? (
            <Alert
              component="h2"
              isInline
              variant="info"
              title={t('The replacement had already moved on')}
            >
              {t('Nothing was changed. The page now shows where the replacement is.')}
            </Alert>
          ) : null}
          <Flex>
            {toConfirm ? (
              <Button
                isDisabled={!settled}
                onClick={() => {
                  setAsking({ confirm: toConfirm });
                }}
                data-test="confirm-step"
              >
                {t('Confirm: {{step}}', { step: text.step(toConfirm) })}
              </Button>
            ) : null}
            {canAbort(view) ? (
              <Button
                variant="danger"
                isDisabled={!settled}
                onClick={() => {
                  setAsking('abort');
                }}
              >
                {t('Abort and roll back')}
              </Button>
            ) : null}
          </Flex>
        </Stack>
      </CardBody>
      {typeof asking === 'object' ? (
        <ConfirmModal
          id="confirm-step-modal"
          title={t('Confirm: {{step}}', { step: text.step(asking.confirm) })}
          confirmLabel={t('Confirm')}
          danger={asking.confirm === 'drain-old-nodes' || asking.confirm === 'scale-down-old'}
          isConfirmDisabled={!settled}
          onConfirm={() => act(() => confirmReplacementStep(oldMachineSet, asking.confirm))}
          onClose={() => {
            setAsking(undefined);
          }}
        >
          {confirmationText(asking.confirm)}
        </ConfirmModal>
      ) : null}
      {asking === 'abort' ? (
        <ConfirmModal
          id="abort-replacement-modal"
          title={t('Abort the replacement of {{machineSet}}?', { machineSet: oldMachineSet })}
          confirmLabel={t('Abort and roll back')}
          danger
          isConfirmDisabled={!settled}
          onConfirm={() => act(() => abortReplacement(oldMachineSet))}
          onClose={() => {
            setAsking(undefined);
          }}
        >
          {t(
            'The old nodes this replacement cordoned are uncordoned, {{oldMachineSet}} is scaled back to {{replicas}} and {{newMachineSet}} to 0.',
            { oldMachineSet, newMachineSet, replicas: view.plan.replicas },
          )}
        </ConfirmModal>
      ) : null}
    </Card>
  );
}
