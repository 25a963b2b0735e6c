// A plain HTTP client of the BFF's server-sent events, as the browser's EventSource sees them.
import type { ClientRequest } from 'node:http';
import { openSnapshotEvents } from '../../integration-tests/snapshot-events';

/** One `/events` stream: the documents of its `snapshot` events, parsed, in the order they came. */
export class EventStreamClient<T> {
  readonly snapshots: T[] = [];
  private waiters: (() => void)[] = [];
  private req: ClientRequest | undefined;

  private constructor() {}

  static async open<T>(url: string, token: string): Promise<EventStreamClient<T>> {
    const client = new EventStreamClient<T>();
    client.req = await openSnapshotEvents(url, token, (data) => {
      client.snapshots.push(JSON.parse(data) as T);
      for (const wake of client.waiters.splice(0)) wake();
    });
    return client;
  }

  /** The latest document, once one matching `matches` has come (rejects after `timeoutMs`). */
  until(matches: (document: T) => boolean, timeoutMs: number): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error('no matching snapshot in time'));
      }, timeoutMs);
      const check = () => {
        const latest = this.snapshots.at(-1);
        if (latest !== undefined && matches(latest)) {
          clearTimeout(timer);
          resolve(latest);
        } else this.waiters.push(check);
      };
      check();
    });
  }

  close(): void {
    this.req?.destroy();
  }
}
