// A live view's server-sent events as the browser's EventSource sees them, read with a plain HTTP
// client: `event: snapshot` frames, each parsed only when a waiter needs it.
import { request, type ClientRequest } from 'node:http';
import { performance } from 'node:perf_hooks';

interface Waiter<T> {
  matches: (document: T) => boolean;
  resolve: (arrivedMs: number) => void;
}

export class SnapshotStream<T> {
  private waiter: Waiter<T> | undefined;
  private buffer = '';

  private constructor(private readonly req: ClientRequest) {}

  static open<T>(url: string, token: string): Promise<SnapshotStream<T>> {
    return new Promise((resolve, reject) => {
      const req = request(url, {
        headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
      });
      const stream = new SnapshotStream<T>(req);
      req.on('response', (res) => {
        if (res.statusCode !== 200) {
          reject(new Error(`GET ${url}: ${String(res.statusCode)}`));
          return;
        }
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          stream.receive(chunk);
        });
        resolve(stream);
      });
      req.on('error', reject);
      req.end();
    });
  }

  private receive(chunk: string): void {
    // The arrival time is when the frame's last byte came in, before any parsing on this side.
    const arrivedMs = performance.now();
    this.buffer += chunk;
    const frames = this.buffer.split('\n\n');
    this.buffer = frames.pop() ?? '';
    for (const frame of frames) {
      const lines = frame.split('\n');
      if (!lines.includes('event: snapshot') || !this.waiter) continue;
      const data = lines.find((line) => line.startsWith('data: '))?.slice('data: '.length) ?? '';
      if (this.waiter.matches(JSON.parse(data) as T)) {
        this.waiter.resolve(arrivedMs);
        this.waiter = undefined;
      }
    }
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
    this.req.destroy();
  }
}
