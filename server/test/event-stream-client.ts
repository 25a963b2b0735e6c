// A plain HTTP client of the BFF's server-sent events, as the browser's EventSource sees them.
import { request, type ClientRequest } from 'node:http';

/** One `/events` stream: the documents of its `snapshot` events, parsed, in the order they came. */
export class EventStreamClient<T> {
  readonly snapshots: T[] = [];
  private buffer = '';
  private waiters: (() => void)[] = [];

  private constructor(private readonly req: ClientRequest) {}

  static open<T>(url: string, token: string): Promise<EventStreamClient<T>> {
    return new Promise((resolve, reject) => {
      const req = request(url, {
        headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
      });
      const client = new EventStreamClient<T>(req);
      req.on('response', (res) => {
        if (res.statusCode !== 200) {
          reject(new Error(`GET ${url}: ${String(res.statusCode)}`));
          return;
        }
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          client.receive(chunk);
        });
        resolve(client);
      });
      req.on('error', reject);
      req.end();
    });
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    const frames = this.buffer.split('\n\n');
    this.buffer = frames.pop() ?? '';
    for (const frame of frames) {
      const lines = frame.split('\n');
      if (!lines.includes('event: snapshot')) continue;
      const data = lines.find((line) => line.startsWith('data: '))?.slice('data: '.length) ?? '';
      this.snapshots.push(JSON.parse(data) as T);
    }
    for (const wake of this.waiters.splice(0)) wake();
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
    this.req.destroy();
  }
}
