// A live view's server-sent events read with a plain HTTP client, as the browser's EventSource sees them:
// what the BFF's tests and the bench both open.
import { request, type ClientRequest } from 'node:http';
import { performance } from 'node:perf_hooks';

/**
 * Opens `url` (resolving once the BFF answered 200) and passes on the data of each `snapshot` event, with
 * the time its last chunk arrived, before any parsing. Destroy the request to close the stream.
 */
export function openSnapshotEvents(
  url: string,
  token: string,
  onSnapshot: (data: string, arrivedMs: number) => void,
): Promise<ClientRequest> {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
    });
    let buffer = '';
    req.on('response', (res) => {
      if (res.statusCode !== 200) {
        reject(new Error(`GET ${url}: ${String(res.statusCode)}`));
        return;
      }
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        const arrivedMs = performance.now();
        buffer += chunk;
        const frames = buffer.split('\n\n');
        buffer = frames.pop() ?? '';
        for (const frame of frames) {
          const lines = frame.split('\n');
          if (!lines.includes('event: snapshot')) continue;
          onSnapshot(
            lines.find((line) => line.startsWith('data: '))?.slice('data: '.length) ?? '',
            arrivedMs,
          );
        }
      });
      resolve(req);
    });
    req.on('error', reject);
    req.end();
  });
}
