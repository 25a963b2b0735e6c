import type { V1ConfigMap, V1Namespace } from '@kubernetes/client-node';
import type { InstallStep, UninstallPlan, UninstallResult } from '../../../contract/install';
import { wmcoNames } from '../../domain/wmco-names';
import { HttpError } from '../../errors/http-error';
import type { Machine } from '../../domain/openshift-objects';
import { KubeApi } from '../api/kube-api';
import { kinds } from '../kinds';
import type { ClusterReader } from '../reader/cluster-reader';
import { wmcoNamespaceOf } from '../wmco/wmco-namespace';
import { readWmcoSubscription } from '../wmco/wmco-state';

/** What is installed and what still depends on WMCO, read as the caller. */
export async function readUninstallPlan(reader: ClusterReader): Promise<UninstallPlan> {
  const subscription = await readWmcoSubscription(reader);
  const namespace = wmcoNamespaceOf(subscription);
  const [namespaceObject, machines, instances] = await Promise.all([
    reader.get<V1Namespace>(kinds.namespace, namespace),
    reader.list<Machine>(kinds.machine, {
      namespace: wmcoNames.machineApiNamespace,
      labelSelector: `${wmcoNames.machineOsIdLabel}=Windows`,
    }),
    reader.get<V1ConfigMap>(kinds.configMap, wmcoNames.instancesConfigMap, namespace),
  ]);
  return {
    namespace,
    namespaceExists: namespaceObject !== undefined,
    subscription: subscription?.metadata?.name,
    csv: subscription?.status?.installedCSV ?? subscription?.status?.currentCSV,
    windowsMachines: (machines ?? []).map((machine) => machine.metadata?.name ?? ''),
    byohInstances: Object.keys(instances?.data ?? {}),
    unreadable: reader.unreadable(),
  };
}

/** Guide ch. 10: Windows Machines and BYOH instances must be gone before WMCO is. */
function refuseWhileInUse(plan: UninstallPlan): void {
  if (plan.unreadable.length > 0) {
    const params = { resources: plan.unreadable };
    throw new HttpError(403, { code: 'uninstall-check-unreadable', params });
  }
  if (plan.windowsMachines.length > 0 || plan.byohInstances.length > 0) {
    const params = { machines: plan.windowsMachines, instances: plan.byohInstances };
    throw new HttpError(409, { code: 'wmco-in-use', params });
  }
}

/** Removes the Subscription, then the CSV (OLM leaves the CSV behind otherwise). */
export async function uninstallOperator(reader: ClusterReader): Promise<UninstallResult> {
  const plan = await readUninstallPlan(reader);
  refuseWhileInUse(plan);
  const api = new KubeApi(reader.kubeConfig);
  const steps: InstallStep[] = [];
  if (plan.subscription) {
    await api.delete(kinds.subscription, plan.subscription, plan.namespace);
    steps.push({
      object: `Subscription ${plan.subscription}`,
      outcome: 'updated',
      code: 'deleted',
      params: {},
    });
  }
  if (plan.csv) {
    await api.delete(kinds.clusterServiceVersion, plan.csv, plan.namespace);
    steps.push({
      object: `ClusterServiceVersion ${plan.csv}`,
      outcome: 'updated',
      code: 'operator-deleted',
      params: {},
    });
  }
  if (steps.length === 0) throw new HttpError(404, { code: 'wmco-not-installed', params: {} });
  return { steps };
}

/** Guide 10.2: the namespace goes last, once the operator is gone. */
export async function deleteWmcoNamespace(reader: ClusterReader): Promise<UninstallResult> {
  const plan = await readUninstallPlan(reader);
  refuseWhileInUse(plan);
  if (plan.subscription ?? plan.csv)
    throw new HttpError(409, { code: 'operator-still-installed', params: {} });
  if (!plan.namespaceExists) {
    const params = { namespace: plan.namespace };
    throw new HttpError(404, { code: 'namespace-missing', params });
  }
  await new KubeApi(reader.kubeConfig).delete(kinds.namespace, plan.namespace);
  return {
    steps: [
      {
        object: `Namespace ${plan.namespace}`,
        outcome: 'updated',
        code: 'namespace-deleting',
        params: {},
      },
    ],
  };
}
