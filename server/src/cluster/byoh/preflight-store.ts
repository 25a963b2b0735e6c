import type { PreflightRecord } from '../../../contract/byoh';
import { preflightConfigMap, preflightRecordOf } from '../../domain/byoh/preflight-record';
import { coalescedConfigMapChanges, type CoalescedChanges } from '../writes/coalesced-changes';
import type { KubeApi } from '../api/kube-api';
import { isStatus } from '../writes/config-map-change';
import type { WriteQueue } from '../writes/write-queue';

/** The last preflight of each host in the plugin's ConfigMap, written as one caller. */
export class PreflightStore {
  private readonly records: CoalescedChanges;

  constructor(api: KubeApi, queue: WriteQueue, namespace: string) {
    const at = {
      namespace,
      name: preflightConfigMap,
      labels: { 'app.kubernetes.io/managed-by': 'windows-nodes-plugin' },
    };
    this.records = coalescedConfigMapChanges(api, queue, at);
  }

  /**
   * Records a host's preflight. `next` gets the previous record (a re-run of one check keeps the others).
   * Resolves to false when the caller may not write it: the run still counts, it is just not remembered.
   */
  async save(
    address: string,
    next: (previous: PreflightRecord | undefined) => PreflightRecord,
  ): Promise<boolean> {
    try {
      // Only this address's record is parsed: the others may number in the hundreds.
      await this.records.apply(async (data) => ({
        ...data,
        [address]: JSON.stringify(next(preflightRecordOf(data, address))),
      }));
      return true;
    } catch (error) {
      if (isStatus(error, 403)) return false;
      throw error;
    }
  }
}
