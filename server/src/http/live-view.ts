import type { FastifyInstance, FastifyReply } from 'fastify';
import type { TObject, TSchema } from 'typebox';
import type { Kind } from '../cluster/kinds';
import type { ClusterReader } from '../cluster/reader/cluster-reader';
import type { WriteQueue } from '../cluster/writes/write-queue';
import { KeptRowsSerializer, type SchemaSerializer } from './kept-rows-serializer';
import { errorResponses } from './route-schemas';

/** What a view's read may use besides the reader. */
export interface ViewContext {
  /** The moment the document is about (ms). */
  now: number;
  /** This replica's queue of writes to one object (a view may record what it saw). */
  writes: WriteQueue;
  /** The path's parameters, for a view of one object (a node's services). */
  params: Readonly<Record<string, string>>;
  /** Says this document depends on more than the cluster (DNS answers): it is not kept. */
  notKeepable: () => void;
}

/**
 * A page's live document, declared once: `GET <path>` answers it and `GET <path>/events` streams it as
 * server-sent events (`snapshot`, and `problem` when it cannot be built).
 */
export interface LiveView<T> {
  /** Names the view in metrics and kept documents. */
  name: string;
  path: string;
  tags: string[];
  summary: string;
  response: TSchema;
  /** The kinds whose changes may change the document: the caches' change events of these wake it. */
  kinds: readonly Kind[];
  read: (reader: ClusterReader, context: ViewContext) => Promise<T>;
  /** The document moves with the clock (estimates): one is about one second. */
  bySecond?: boolean;
  /** The document depends on more than the cluster (DNS answers): none is kept. */
  neverKept?: boolean;
  /**
   * The response's array whose rows `read` keeps between derivations and never changes (the nodes
   * page's): each row's JSON is kept with it.
   */
  keptRows?: string;
  /** The path's parameters (`/nodes/:node/…`): each set of values is a view of its own. */
  params?: TSchema;
  /** The document moves with the clock in coarse steps (a join late after 10 minutes): open streams
   * derive it again this often. */
  refreshMs?: number;
}

const eventStreamHeaders = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache, no-transform',
  connection: 'keep-alive',
  'x-accel-buffering': 'no',
};

/** Which of a parameterised view's documents: its path's values. */
function instanceOf(params: Record<string, string>): string {
  return Object.keys(params).length > 0 ? JSON.stringify(params) : '';
}

/** Registers the view's GET and its `/events` stream on `app` (a scope that requires a caller). */
export function registerLiveView<T>(app: FastifyInstance, view: LiveView<T>): void {
  const { viewDocuments, viewChannels, writeQueue, metrics } = app;
  const keptRows =
    view.keptRows === undefined
      ? undefined
      : new KeptRowsSerializer(view.response as TObject, view.keptRows);
  /** The response's serializer, compiled by the route (which keeps it): a GET and a stream send the same bytes. */
  const serializerOf = (reply: FastifyReply): SchemaSerializer => {
    const compile = (schema: TSchema): SchemaSerializer => {
      const serialize = reply.compileSerializationSchema(schema as Record<string, unknown>);
      return (value) => serialize(value as Record<string, unknown>);
    };
    return keptRows ? keptRows.serializer(compile) : compile(view.response);
  };
  /** What a document is derived at and kept by. */
  const at = (params: Record<string, string>, notBefore = 0) => {
    const now = view.bySecond ? Math.floor(Date.now() / 1000) * 1000 : Date.now();
    let keepable = !view.neverKept;
    const notKeepable = () => {
      keepable = false;
    };
    const context = { now, writes: writeQueue, params, notKeepable };
    const derive = (reader: ClusterReader) => () => view.read(reader, context);
    const options = {
      moment: view.bySecond ? String(now) : '',
      notBefore,
      keep: () => keepable,
      instance: instanceOf(params),
    };
    return { derive, options };
  };

  app.get(
    view.path,
    {
      schema: {
        tags: view.tags,
        summary: view.summary,
        ...(view.params ? { params: view.params } : {}),
        response: { 200: view.response, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { derive, options } = at(request.params as Record<string, string>);
      return viewDocuments.send(
        reply,
        view.name,
        request.reader,
        derive(request.reader),
        options,
        serializerOf(reply),
      );
    },
  );

  app.get(
    `${view.path}/events`,
    {
      schema: {
        tags: view.tags,
        summary: `${view.summary}, as server-sent events (\`snapshot\`), sent again whenever it changes`,
        ...(view.params ? { params: view.params } : {}),
        produces: ['text/event-stream'],
      },
    },
    async (request, reply) => {
      const params = request.params as Record<string, string>;
      const serialize = serializerOf(reply);
      reply.hijack();
      const stream = reply.raw;
      stream.writeHead(200, eventStreamHeaders);
      metrics.eventStreams.inc();
      stream.on('close', () => {
        metrics.eventStreams.dec();
      });
      viewChannels.join(
        {
          name: view.name,
          instance: instanceOf(params),
          kinds: view.kinds,
          refreshMs: view.refreshMs,
          document: (reader, notBefore) => {
            const { derive, options } = at(params, notBefore);
            return viewDocuments.document(view.name, reader, derive(reader), serialize, options);
          },
        },
        request.callerKube,
        stream,
        request.log,
      );
    },
  );
}
