// A plain HTTP(S) client of the BFF's server-sent events, as the browser's EventSource sees them.
import type { ClientRequest } from 'node:http';
import { openServerEvents } from '../../integration-tests/snapshot-events';

/** One event of the stream: its name and its data, parsed. */
export interface StreamEvent {
  event: string;
  data: unknown;
}

/** One `/events` stream: the documents of its `snapshot` events, parsed, in the order they came. */
export class EventStreamClient<T> {
  readonly snapshots: T[] = [];
  /** Every event, `snapshot` included, in the order they came. */
  readonly events: StreamEvent[] = [];
  /** Whether the server ended the stream (or the connection broke). */
  ended = false;
  private waiters: (() => void)[] = [];
  private req: ClientRequest | undefined;

  private constructor() {}

  /** `ca`: the CA to trust when the BFF serves TLS. */
  static async open<T>(url: string, token: string, ca?: string): Promise<EventStreamClient<T>> {
    const client = new EventStreamClient<T>();
    const end = () => {
      client.ended = true;
      client.wakeAll();
    };
    client.req = await openServerEvents(
      url,
      token,
      (event, text) => {
        const data = JSON.parse(text) as unknown;
        client.events.push({ event, data });
        if (event === 'snapshot') client.snapshots.push(data as T);
        client.wakeAll();
      },
      { ca, onEnd: end },
    );
    return client;
  }

  private wakeAll(): void {
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** Resolves with what `found` returns once it returns something (rejects after `timeoutMs`). */
  private wait<R>(what: string, found: () => R | undefined, timeoutMs: number): Promise<R> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`no ${what} in time`));
      }, timeoutMs);
      const check = () => {
        const value = found();
        if (value !== undefined) {
          clearTimeout(timer);
          resolve(value);
        } else this.waiters.push(check);
      };
      check();
    });
  }

  /** The latest document, once one matching `matches` has come (rejects after `timeoutMs`). */
  until(matches: (document: T) => boolean, timeoutMs: number): Promise<T> {
    return this.wait(
      'matching snapshot',
      () => {
        const latest = this.snapshots.at(-1);
        return latest !== undefined && matches(latest) ? latest : undefined;
      },
      timeoutMs,
    );
  }

  /** The first event of this name (rejects after `timeoutMs`). */
  untilEvent(event: string, timeoutMs: number): Promise<StreamEvent> {
    return this.wait(
      `${event} event`,
      () => this.events.find((candidate) => candidate.event === event),
      timeoutMs,
    );
  }

  /** Resolves once the server has ended the stream (rejects after `timeoutMs`). */
  untilEnded(timeoutMs: number): Promise<true> {
    return this.wait('end of the stream', () => (this.ended ? true : undefined), timeoutMs);
  }

  close(): void {
    this.req?.destroy();
  }
}
