import type { KubeConfig } from '@kubernetes/client-node';
import type { InstallStep, UninstallPlan, UninstallResult } from '../../contract/install';
import { wmcoNames } from '../domain/wmco-names';
import { HttpError } from '../errors/http-error';
import { CallerClient, kinds } from './olm-client';
import type { Machine, Subscription } from '../domain/openshift-objects';
import { PermissiveReader } from './permissive-reader';
import { wmcoNamespaceOf } from './wmco-namespace';

/** What is installed and what still depends on WMCO, read as the caller. */
export async function readUninstallPlan(kubeConfig: KubeConfig): Promise<UninstallPlan> {
  const client = new CallerClient(kubeConfig);
  const reader = new PermissiveReader();
  const subscriptions = await reader.read('subscriptions.operators.coreos.com', () =>
    client.list<Subscription>(kinds.subscription),
  );
  const subscription = subscriptions?.find(
    (candidate) => candidate.spec?.name === wmcoNames.packageName,
  );
  const namespace = wmcoNamespaceOf(subscription);
  const [namespaceObject, machines, instances] = await Promise.all([
    reader.read('namespaces', () => client.core.readNamespace({ name: namespace })),
    reader.read('machines.machine.openshift.io', () =>
      client.list<Machine>(
        kinds.machine,
        wmcoNames.machineApiNamespace,
        `${wmcoNames.machineOsIdLabel}=Windows`,
      ),
    ),
    reader.read('configmaps', () =>
      client.core.readNamespacedConfigMap({ name: wmcoNames.instancesConfigMap, namespace }),
    ),
  ]);
  return {
    namespace,
    namespaceExists: namespaceObject !== undefined,
    subscription: subscription?.metadata?.name,
    csv: subscription?.status?.installedCSV ?? subscription?.status?.currentCSV,
    windowsMachines: (machines ?? []).map((machine) => machine.metadata?.name ?? ''),
    byohInstances: Object.keys(instances?.data ?? {}),
    unreadable: [...reader.unreadable].sort(),
  };
}

/** Guide ch. 10: Windows Machines and BYOH instances must be gone before WMCO is. */
function refuseWhileInUse(plan: UninstallPlan): void {
  if (plan.unreadable.length > 0) {
    throw new HttpError(
      403,
      `Cannot check what still uses WMCO: you may not read ${plan.unreadable.join(', ')}.`,
    );
  }
  const inUse = [
    ...plan.windowsMachines.map((name) => `Machine ${name}`),
    ...plan.byohInstances.map((address) => `BYOH instance ${address}`),
  ];
  if (inUse.length > 0) {
    throw new HttpError(
      409,
      `WMCO still manages ${inUse.join(', ')}. Delete the Windows Machines and BYOH instances first.`,
    );
  }
}

/** Removes the Subscription, then the CSV (OLM leaves the CSV behind otherwise). */
export async function uninstallOperator(kubeConfig: KubeConfig): Promise<UninstallResult> {
  const plan = await readUninstallPlan(kubeConfig);
  refuseWhileInUse(plan);
  const client = new CallerClient(kubeConfig);
  const steps: InstallStep[] = [];
  if (plan.subscription) {
    await client.delete(kinds.subscription, plan.namespace, plan.subscription);
    steps.push({
      object: `Subscription ${plan.subscription}`,
      outcome: 'updated',
      message: 'Deleted.',
    });
  }
  if (plan.csv) {
    await client.delete(kinds.clusterServiceVersion, plan.namespace, plan.csv);
    steps.push({
      object: `ClusterServiceVersion ${plan.csv}`,
      outcome: 'updated',
      message: 'Deleted; the operator stops.',
    });
  }
  if (steps.length === 0) throw new HttpError(404, 'WMCO is not installed.');
  return { steps };
}

/** Guide 10.2: the namespace goes last, once the operator is gone. */
export async function deleteWmcoNamespace(kubeConfig: KubeConfig): Promise<UninstallResult> {
  const plan = await readUninstallPlan(kubeConfig);
  refuseWhileInUse(plan);
  if (plan.subscription ?? plan.csv)
    throw new HttpError(409, 'Uninstall the operator before deleting its namespace.');
  if (!plan.namespaceExists)
    throw new HttpError(404, `Namespace ${plan.namespace} does not exist.`);
  await new CallerClient(kubeConfig).core.deleteNamespace({ name: plan.namespace });
  return {
    steps: [
      {
        object: `Namespace ${plan.namespace}`,
        outcome: 'updated',
        message: 'Deleting; its secrets and ConfigMaps go with it.',
      },
    ],
  };
}
