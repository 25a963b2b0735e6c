// A live view's server-sent events read with a plain HTTP(S) client, as the browser's EventSource sees
// them: what the BFF's tests and the bench both open.
import type { ClientRequest } from 'node:http';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { performance } from 'node:perf_hooks';

export interface ServerEventsOptions {
  /** The CA to trust when the BFF serves TLS. */
  ca?: string;
  /** Called once the server ends the stream (or the connection breaks). */
  onEnd?: () => void;
}

/**
 * Opens `url` (resolving once the BFF answered 200) and passes on each event's name and data, with the
 * time its last chunk arrived, before any parsing. Destroy the request to close the stream.
 */
export function openServerEvents(
  url: string,
  token: string,
  onEvent: (event: string, data: string, arrivedMs: number) => void,
  { ca, onEnd }: ServerEventsOptions = {},
): Promise<ClientRequest> {
  const send = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(url, {
      headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
      ca,
      agent: false,
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
          const event = lines.find((line) => line.startsWith('event: '))?.slice('event: '.length);
          if (!event) continue;
          const data = lines.find((line) => line.startsWith('data: '))?.slice('data: '.length);
          onEvent(event, data ?? '', arrivedMs);
        }
      });
      res.on('close', () => onEnd?.());
      resolve(req);
    });
    req.on('error', (error) => {
      onEnd?.();
      reject(error);
    });
    req.end();
  });
}

/** `openServerEvents` for the `snapshot` events only. */
export function openSnapshotEvents(
  url: string,
  token: string,
  onSnapshot: (data: string, arrivedMs: number) => void,
): Promise<ClientRequest> {
  return openServerEvents(url, token, (event, data, arrivedMs) => {
    if (event === 'snapshot') onSnapshot(data, arrivedMs);
  });
}
