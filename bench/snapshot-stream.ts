// A live view's server-sent events, timed: each `snapshot` event is parsed only when a waiter needs it,
// and the waiter gets the time it arrived.
import type { ClientRequest } from 'node:http';
import { openSnapshotEvents } from '../integration-tests/snapshot-events';

interface Waiter<T> {
  matches: (document: T) => boolean;
  resolve: (arrivedMs: number) => void;
}

export class SnapshotStream<T> {
  private waiter: Waiter<T> | undefined;

  private req: ClientRequest | undefined;

  private constructor() {}

  static async open<T>(url: string, token: string): Promise<SnapshotStream<T>> {
    const stream = new SnapshotStream<T>();
    stream.req = await openSnapshotEvents(url, token, (data, arrivedMs) => {
      // Parsed only while a waiter needs it.
      if (stream.waiter?.matches(JSON.parse(data) as T)) {
        stream.waiter.resolve(arrivedMs);
        stream.waiter = undefined;
      }
    });
    return stream;
  }

  /** Resolves with the arrival time of the first later snapshot that matches, or undefined. */
  next(matches: Waiter<T>['matches'], timeoutMs: number): Promise<number | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiter = undefined;
        resolve(undefined);
      }, timeoutMs);
      this.waiter = {
        matches,
        resolve: (arrivedMs) => {
          clearTimeout(timer);
          resolve(arrivedMs);
        },
      };
    });
  }

  close(): void {
    this.req?.destroy();
  }
}
