import { useState } from 'react';
import {
  Alert,
  Button,
  Content,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  Stack,
} from '@patternfly/react-core';
import type { MonitoringRestartResult } from '../../../server/contract/monitoring';
import { failureMessage } from '../../api/bff-client';
import { usePluginTranslation } from '../../i18n';
import { enableMonitoring } from './overview-api';

/** What the restart did, in one sentence. */
function ResultText({ result }: { result: MonitoringRestartResult }) {
  const { t } = usePluginTranslation();
  const { namespace, labelAdded, restartedPods } = result;
  const count = restartedPods.length;
  return (
    <Alert
      component="h2"
      isInline
      variant="success"
      title={t('Monitoring is enabled')}
      data-test="monitoring-result"
    >
      <p>
        {labelAdded
          ? t('Namespace {{namespace}} now has the label openshift.io/cluster-monitoring=true.', {
              namespace,
            })
          : t('Namespace {{namespace}} already had the label.', { namespace })}
      </p>
      <p>
        {count === 0
          ? t('No WMCO pod was running; the Deployment starts one with the metrics configured.')
          : t(
              '{{count}} WMCO pod was deleted; its Deployment starts a new one, which configures the metrics.',
              { count },
            )}
      </p>
    </Alert>
  );
}

/** The Overview's fix for the monitoring findings: says what happens, then labels and restarts. */
export function EnableMonitoringModal({
  namespace,
  onClose,
}: {
  namespace: string;
  onClose: () => void;
}) {
  const { t } = usePluginTranslation();
  const [state, setState] = useState<{
    running: boolean;
    result?: MonitoringRestartResult;
    error?: string;
  }>({ running: false });
  const run = () => {
    setState({ running: true });
    enableMonitoring().then(
      (result) => {
        setState({ running: false, result });
      },
      (error: unknown) => {
        setState({ running: false, error: failureMessage(error) });
      },
    );
  };
  return (
    <Modal isOpen variant="small" onClose={onClose} aria-labelledby="enable-monitoring-title">
      <ModalHeader
        title={t('Enable monitoring and restart WMCO')}
        labelId="enable-monitoring-title"
        titleIconVariant="warning"
      />
      <ModalBody>
        <Stack hasGutter>
          {state.result ? (
            <ResultText result={state.result} />
          ) : (
            <Content component="p" data-test="monitoring-what-happens">
              {t(
                'Namespace {{namespace}} gets the label openshift.io/cluster-monitoring=true if it lacks it, and WMCO’s pod is deleted so that its Deployment starts a new one, which configures the Windows node metrics. Windows nodes and their workloads are not touched.',
                { namespace },
              )}
            </Content>
          )}
          {state.error ? (
            <Alert component="h2" isInline variant="danger" title={t('WMCO was not restarted')}>
              {state.error}
            </Alert>
          ) : null}
        </Stack>
      </ModalBody>
      <ModalFooter>
        {state.result ? (
          <Button onClick={onClose}>{t('Close')}</Button>
        ) : (
          <>
            <Button
              variant="warning"
              onClick={run}
              isLoading={state.running}
              isDisabled={state.running}
            >
              {state.running ? t('Restarting WMCO…') : t('Label and restart')}
            </Button>
            <Button variant="link" onClick={onClose}>
              {t('Cancel')}
            </Button>
          </>
        )}
      </ModalFooter>
    </Modal>
  );
}
