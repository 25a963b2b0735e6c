import { CoreV1Api, type KubeConfig } from '@kubernetes/client-node';
import type { PreflightRecord } from '../../contract/byoh';
import { preflightConfigMap, preflightRecords } from '../domain/byoh/preflight-record';
import { changeConfigMapData, isStatus } from './byoh-configmap-change';
import type { WriteQueue } from './byoh-write-queue';

/**
 * Records a host's preflight in the plugin's ConfigMap, as the caller. `next` gets the previous record (a
 * re-run of one check keeps the others). Resolves to false when the caller may not write it: the run still
 * counts, it is just not remembered.
 */
export async function savePreflight(
  kubeConfig: KubeConfig,
  queue: WriteQueue,
  namespace: string,
  address: string,
  next: (previous: PreflightRecord | undefined) => PreflightRecord,
): Promise<boolean> {
  try {
    await changeConfigMapData(
      kubeConfig.makeApiClient(CoreV1Api),
      queue,
      {
        namespace,
        name: preflightConfigMap,
        labels: { 'app.kubernetes.io/managed-by': 'windows-nodes-plugin' },
      },
      async (data) => ({
        ...data,
        [address]: JSON.stringify(next(preflightRecords(data).get(address))),
      }),
    );
    return true;
  } catch (error) {
    if (isStatus(error, 403)) return false;
    throw error;
  }
}
