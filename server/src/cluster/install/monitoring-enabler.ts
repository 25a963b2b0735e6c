import type { V1Deployment, V1Namespace, V1Pod } from '@kubernetes/client-node';
import type { MonitoringRestartResult } from '../../../contract/monitoring';
import { monitoringFacts } from '../../domain/overview/wmco-monitoring';
import { wmcoNames } from '../../domain/wmco-names';
import { HttpError } from '../../errors/http-error';
import type { KubeApi } from '../api/kube-api';
import { kinds } from '../kinds';
import type { ClusterReader } from '../reader/cluster-reader';
import { wmcoNamespaceOf } from '../wmco/wmco-namespace';
import { readWmcoSubscription } from '../wmco/wmco-state';
import { isStatus } from '../writes/read-modify-write';

function labelSelector(deployment: V1Deployment): string {
  const labels = deployment.spec?.selector.matchLabels ?? {};
  return Object.entries(labels)
    .map(([key, value]) => `${key}=${value}`)
    .join(',');
}

/** Runs a write; a refusal becomes `refusal`, a 404 (already gone) is nothing. */
async function asCaller(write: () => Promise<unknown>, refusal: HttpError): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (isStatus(error, 403)) throw refusal;
    if (!isStatus(error, 404)) throw error;
  }
}

/**
 * Guide §7.1: labels WMCO's namespace `openshift.io/cluster-monitoring=true` if it is not, then
 * restarts WMCO so that it configures the metrics, all as the caller; Windows nodes are not touched.
 * The restart deletes the pods the Deployment selects (it makes new ones at once) rather than stamping
 * `kubectl.kubernetes.io/restartedAt` on the pod template: OLM owns the Deployment and puts its template
 * back as the CSV has it, so the annotation could roll WMCO a second time and leaves a change OLM did
 * not make. The label is a merge patch of that one key, so no other label can be lost to a race.
 */
export async function enableMonitoring(
  reader: ClusterReader,
  api: KubeApi,
): Promise<MonitoringRestartResult> {
  const subscription = await readWmcoSubscription(reader);
  if (!subscription) {
    throw reader.isUnreadable(kinds.subscription)
      ? new HttpError(403, {
          code: 'wmco-restart-not-allowed',
          params: { namespace: wmcoNamespaceOf(undefined), resource: 'subscriptions' },
        })
      : new HttpError(404, { code: 'wmco-not-installed', params: {} });
  }
  const namespace = wmcoNamespaceOf(subscription);
  const name = wmcoNames.operatorDeployment;
  const refused = (resource: string) =>
    new HttpError(403, { code: 'wmco-restart-not-allowed', params: { namespace, resource } });
  const [namespaceObject, deployment] = await Promise.all([
    reader.get<V1Namespace>(kinds.namespace, namespace),
    reader.get<V1Deployment>(kinds.deployment, name, namespace),
  ]);
  if (reader.isUnreadable(kinds.deployment)) throw refused('deployments.apps');
  if (!deployment) {
    throw new HttpError(404, { code: 'wmco-deployment-missing', params: { name, namespace } });
  }
  const labelAdded = !namespaceObject || !monitoringFacts(namespaceObject, []).enabled;
  if (labelAdded) {
    const label = { metadata: { labels: { [wmcoNames.monitoringLabel]: 'true' } } };
    await asCaller(
      () => api.mergePatch(kinds.namespace, namespace, label),
      new HttpError(403, { code: 'monitoring-label-not-allowed', params: { namespace } }),
    );
  }
  let pods: V1Pod[];
  try {
    pods = await api.list<V1Pod>(kinds.pod, {
      namespace,
      labelSelector: labelSelector(deployment),
    });
  } catch (error) {
    if (isStatus(error, 403)) throw refused('pods');
    throw error;
  }
  const restartedPods = pods.flatMap((pod) => pod.metadata?.name ?? []);
  for (const pod of restartedPods) {
    await asCaller(() => api.delete(kinds.pod, pod, namespace), refused('pods'));
  }
  return { namespace, labelAdded, restartedPods };
}
