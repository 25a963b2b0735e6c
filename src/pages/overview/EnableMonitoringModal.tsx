import { Alert, Content } from '@patternfly/react-core';
import type { MonitoringRestartResult } from '../../../server/contract/monitoring';
import { ConfirmModal } from '../../components/ConfirmModal';
import { usePluginTranslation } from '../../i18n';
import { enableMonitoring } from './overview-api';

/** What the restart did, in two sentences. */
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
  return (
    <ConfirmModal
      id="enable-monitoring"
      title={t('Enable monitoring and restart WMCO')}
      confirmLabel={t('Label and restart')}
      onConfirm={enableMonitoring}
      done={(result) => <ResultText result={result} />}
      onClose={onClose}
    >
      <Content component="p" data-test="monitoring-what-happens">
        {t(
          'Namespace {{namespace}} gets the label openshift.io/cluster-monitoring=true if it lacks it, and WMCO’s pod is deleted so that its Deployment starts a new one, which configures the Windows node metrics. Windows nodes and their workloads are not touched.',
          { namespace },
        )}
      </Content>
    </ConfirmModal>
  );
}
