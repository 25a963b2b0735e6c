import type { KubeApi } from '../api/kube-api';
import { changeConfigMapData, type ConfigMapAt, type DataChange } from './config-map-change';
import type { WriteQueue } from './write-queue';

interface Waiting {
  change: DataChange;
  resolve: (changed: boolean) => void;
  reject: (error: unknown) => void;
}

/** What one change did in the last attempt of a batch's read-modify-write. */
type Outcome = { kind: 'changed' } | { kind: 'unchanged' } | { kind: 'refused'; error: unknown };

/**
 * One caller's changes to one ConfigMap, coalesced: the changes that arrive while a write is in flight are
 * applied together, in order, in the next read-modify-write. A 50-host preflight pinning and recording each
 * host then costs a few writes instead of a hundred queued ones. One instance per caller and request, so
 * every write is still made with that caller's token.
 */
export class CoalescedChanges {
  private waiting: Waiting[] = [];
  private draining = false;

  /** `write`: one read-modify-write of the ConfigMap, resolving to whether anything was written. */
  constructor(private readonly write: (change: DataChange) => Promise<boolean>) {}

  /** Resolves to whether this change altered the data; rejects with the error it refused with. */
  apply(change: DataChange): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ change, resolve, reject });
      if (!this.draining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    while (this.waiting.length > 0) await this.writeBatch(this.waiting.splice(0));
    this.draining = false;
  }

  private async writeBatch(batch: Waiting[]): Promise<void> {
    let outcomes: Outcome[] = [];
    // Runs again on every retry of the write, against fresh data: the last attempt's outcomes count.
    const together: DataChange = async (data, exists) => {
      outcomes = [];
      let next: Record<string, string> | undefined;
      for (const { change } of batch) {
        try {
          const changed = await change(next ?? data, exists);
          outcomes.push({ kind: changed ? 'changed' : 'unchanged' });
          next = changed ?? next;
        } catch (error) {
          outcomes.push({ kind: 'refused', error });
        }
      }
      return next;
    };
    try {
      const written = await this.write(together);
      batch.forEach(({ resolve, reject }, index) => {
        const outcome = outcomes[index];
        if (outcome?.kind === 'refused') reject(outcome.error);
        else resolve(written && outcome?.kind === 'changed');
      });
    } catch (error) {
      for (const { reject } of batch) reject(error);
    }
  }
}

/** Coalesced read-modify-writes of one ConfigMap's data, made with `api`'s (the caller's) token. */
export function coalescedConfigMapChanges(
  api: KubeApi,
  queue: WriteQueue,
  at: ConfigMapAt,
): CoalescedChanges {
  return new CoalescedChanges((change) => changeConfigMapData(api, queue, at, change));
}
