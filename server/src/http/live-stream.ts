import { Watch } from '@kubernetes/client-node';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { kubernetesFailure } from '../errors/kubernetes-failure';

export interface LiveStreamOptions<T> {
  /** Builds the page's document afresh, with the caller's token. */
  compute: () => Promise<T>;
  /** API paths whose changes may change the document, watched with the caller's token. */
  watchPaths: string[];
  /** Collapses a burst of changes (a node update touches several objects) into one recompute. */
  debounceMs?: number;
  heartbeatMs?: number;
}

const retryDelayMs = 2000;

/**
 * Serves a document as server-sent events: the document now, then again whenever a watched object
 * changes and the document differs from the last one sent. Watches run as the caller, so RBAC decides
 * what can wake the stream; a watch the caller may not open is simply not kept.
 */
export function streamLive<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  options: LiveStreamOptions<T>,
): void {
  const { compute, watchPaths, debounceMs = 200, heartbeatMs = 15_000 } = options;
  reply.hijack();
  const response = reply.raw;
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });

  const streams = request.server.metrics.eventStreams;
  streams.inc();
  let closed = false;
  let lastSent = '';
  let timer: NodeJS.Timeout | undefined;
  let computing = false;
  let pending = false;
  const watches = new Set<AbortController>();

  const send = (event: string, data: string) => {
    if (!closed) response.write(`event: ${event}\ndata: ${data}\n\n`);
  };

  const refresh = async () => {
    if (computing) {
      pending = true;
      return;
    }
    computing = true;
    try {
      const document = JSON.stringify(await compute());
      if (document !== lastSent) {
        lastSent = document;
        send('snapshot', document);
      }
    } catch (error) {
      const failure = kubernetesFailure(error);
      if (!failure) request.log.error({ err: error }, 'live document failed');
      lastSent = '';
      send(
        'problem',
        JSON.stringify({ message: failure?.message ?? 'The backend could not build this page.' }),
      );
    } finally {
      computing = false;
      if (pending) {
        pending = false;
        schedule();
      }
    }
  };

  function schedule() {
    if (closed || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      void refresh();
    }, debounceMs);
  }

  const watch = new Watch(request.callerKube);
  const startWatch = async (path: string): Promise<void> => {
    if (closed) return;
    try {
      const controller = await watch.watch(path, {}, schedule, (error: unknown) => {
        watches.delete(controller);
        if (closed) return;
        // A dropped watch (API server restart, timeout) may have missed changes: recompute, then rewatch.
        schedule();
        setTimeout(() => void startWatch(path), error ? retryDelayMs : 0);
      });
      watches.add(controller);
    } catch (error) {
      const status = kubernetesFailure(error)?.statusCode;
      if (status === 403 || status === 404) return;
      setTimeout(() => void startWatch(path), retryDelayMs);
    }
  };

  const heartbeat = setInterval(() => {
    if (!closed) response.write(': keep-alive\n\n');
  }, heartbeatMs);

  request.raw.on('close', () => {
    closed = true;
    streams.dec();
    clearInterval(heartbeat);
    clearTimeout(timer);
    for (const controller of watches) controller.abort();
  });

  void refresh();
  for (const path of watchPaths) void startWatch(path);
}
