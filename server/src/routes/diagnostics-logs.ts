import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { KubeConfig } from '@kubernetes/client-node';
import { NodeParams } from '../../contract/diagnostics';
import {
  defaultViewBytes,
  LogQuery,
  maxDownloadBytes,
  maxViewBytes,
  NodeLogsResponse,
  ServiceLogParams,
  type LogStreamLine,
} from '../../contract/node-logs';
import { ServiceLogChecks } from '../../contract/node-services';
import { nodeLogFailure } from '../cluster/diagnostics/node-log-failure';
import {
  defaultLogReadOptions,
  listNodeLogs,
  readServiceLog,
  type LogEvent,
  type LogReadOptions,
} from '../cluster/diagnostics/node-log-reader';
import { readServiceLogChecks } from '../cluster/diagnostics/service-log-checks';
import { NodeLogError } from '../domain/diagnostics/log-problems';
import { serviceLogs } from '../domain/diagnostics/service-logs';
import { HttpError } from '../errors/http-error';
import { ndjsonStream } from '../http/ndjson-stream';
import { errorResponses, routeOptions } from '../http/route-schemas';

const tags = ['diagnostics'];

/** A log read's options from the query; `largest`: the most bytes this route sends. */
function readOptions(query: LogQuery, largest: number, signal: AbortSignal): LogReadOptions {
  const maxBytes =
    query.maxBytes === undefined ? Math.min(largest, defaultViewBytes) : Number(query.maxBytes);
  if (maxBytes > largest) {
    throw new HttpError(
      400,
      { code: 'log-max-bytes-too-large', params: { largest } },
      { field: 'query.maxBytes' },
    );
  }
  const sinceTime = query.sinceTime === undefined ? undefined : new Date(query.sinceTime);
  const untilTime = query.untilTime === undefined ? undefined : new Date(query.untilTime);
  if (sinceTime && untilTime && untilTime < sinceTime) {
    throw new HttpError(
      400,
      { code: 'log-window-reversed', params: {} },
      { field: 'query.untilTime' },
    );
  }
  return {
    ...defaultLogReadOptions,
    tailLines: query.tailLines === undefined ? undefined : Number(query.tailLines),
    follow: query.follow === 'true',
    sinceTime,
    untilTime,
    filter: query.filter,
    maxBytes,
    signal,
  };
}

function streamLine(event: LogEvent): LogStreamLine {
  if (event.type !== 'source') return event;
  const { source } = event;
  return source.kind === 'file'
    ? { type: 'source', source: { ...source, modified: source.modified?.toISOString() } }
    : { type: 'source', source };
}

/** The events of a read whose first one was taken already. */
async function* resumed(first: LogEvent | undefined, rest: AsyncGenerator<LogEvent>) {
  if (first) yield first;
  yield* rest;
}

/**
 * Starts reading one service's log as the caller: its first event (where the log is) is awaited
 * here, so a refusal (no `nodes/proxy`) or a missing log is an ordinary error, before any stream.
 */
async function startRead(
  request: { callerKube: KubeConfig; params: ServiceLogParams; query: LogQuery },
  largest: number,
  signal: AbortSignal,
) {
  const { node, service } = request.params;
  const options = readOptions(request.query, largest, signal);
  const events = readServiceLog(request.callerKube, node, service, options);
  try {
    const first = await events.next();
    return { first: first.done ? undefined : first.value, rest: events };
  } catch (error) {
    throw nodeLogFailure(error);
  }
}

/** Node logs through the API server's node proxy, as the caller: what `oc adm node-logs` reads. */
export const diagnosticsLogsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/diagnostics/nodes/:node/logs',
    routeOptions(tags, 'The services’ logs a Windows node keeps, and its log folders', {
      params: NodeParams,
      response: NodeLogsResponse,
    }),
    async (request) => {
      const { node } = request.params;
      const folders = await listNodeLogs(request.callerKube, node).catch((error: unknown) => {
        throw nodeLogFailure(error);
      });
      const services = serviceLogs.map(({ service, provider, files }) => ({
        service,
        provider,
        files: [...files],
      }));
      return { node, services, folders: folders ?? [] };
    },
  );

  app.get(
    '/diagnostics/nodes/:node/logs/:service',
    {
      schema: {
        tags,
        summary:
          'One service’s log (tail, time window, filter, byte cap, follow) as NDJSON: source, lines, cuts, end',
        params: ServiceLogParams,
        querystring: LogQuery,
        produces: ['application/x-ndjson'],
        response: { ...errorResponses },
      },
    },
    async (request, reply) => {
      const stop = new AbortController();
      const { first, rest } = await startRead(request, maxViewBytes, stop.signal);
      const stream = ndjsonStream(reply);
      stream.signal.addEventListener('abort', () => {
        stop.abort();
      });
      try {
        for await (const event of resumed(first, rest)) stream.write(streamLine(event));
        stream.write({ type: 'end' } satisfies LogStreamLine);
      } catch (error) {
        if (error instanceof NodeLogError) {
          stream.write({ type: 'problem', problem: error.problem } satisfies LogStreamLine);
        } else if (!stop.signal.aborted) {
          request.log.error({ err: error }, 'node log read stopped');
        }
      } finally {
        stop.abort();
        stream.end();
      }
    },
  );

  app.get(
    '/diagnostics/nodes/:node/logs/:service/text',
    {
      schema: {
        tags,
        summary: 'One service’s log lines as a text file to download (tail, window, filter, cap)',
        params: ServiceLogParams,
        querystring: LogQuery,
        produces: ['text/plain'],
        response: { ...errorResponses },
      },
    },
    async (request, reply) => {
      const stop = new AbortController();
      const { first, rest } = await startRead(request, maxDownloadBytes, stop.signal);
      const { node, service } = request.params;
      reply.hijack();
      const response = reply.raw;
      response.writeHead(200, {
        'content-type': 'text/plain; charset=utf-8',
        'content-disposition': `attachment; filename="${node}-${service}.log"`,
        'cache-control': 'no-store',
      });
      response.on('close', () => {
        stop.abort();
      });
      try {
        for await (const event of resumed(first, rest)) {
          if (event.type === 'lines' && !response.write(`${event.lines.join('\n')}\n`)) {
            await new Promise((resolve) => response.once('drain', resolve));
          }
        }
      } catch (error) {
        if (!stop.signal.aborted) request.log.warn({ err: error }, 'node log download stopped');
      } finally {
        stop.abort();
        response.end();
      }
    },
  );

  app.get(
    '/diagnostics/nodes/:node/services/logs',
    routeOptions(tags, 'The end of each WMCO service’s log on a node: found, and its last error', {
      params: NodeParams,
      response: ServiceLogChecks,
    }),
    async (request) =>
      readServiceLogChecks(request.callerKube, request.params.node).catch((error: unknown) => {
        throw nodeLogFailure(error);
      }),
  );
};
