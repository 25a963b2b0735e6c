import type { FastifyReply } from 'fastify';

/** A response that sends one JSON document per line as each is ready, until it ends or the client goes. */
export interface NdjsonStream {
  write(line: object): void;
  end(): void;
  /** Aborted once the client has gone. */
  signal: AbortSignal;
}

/**
 * Takes the response over from Fastify (refusals must have been thrown before) and streams NDJSON,
 * unbuffered by proxies on the way.
 */
export function ndjsonStream(reply: FastifyReply): NdjsonStream {
  reply.hijack();
  const response = reply.raw;
  response.writeHead(200, {
    'content-type': 'application/x-ndjson; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    'x-accel-buffering': 'no',
  });
  const gone = new AbortController();
  response.on('close', () => {
    gone.abort();
  });
  return {
    write(line) {
      if (!gone.signal.aborted) response.write(`${JSON.stringify(line)}\n`);
    },
    end() {
      response.end();
    },
    signal: gone.signal,
  };
}
