import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NodesResponse } from '../../contract/nodes';
import { SnapshotReader } from '../cluster/snapshot-reader';
import { watchPaths } from '../cluster/watch-paths';
import { streamLive } from '../http/live-stream';
import { errorResponses } from '../http/route-schemas';

async function readNodes(snapshot: SnapshotReader): Promise<NodesResponse> {
  const [nodes, subscription] = await Promise.all([
    snapshot.windowsNodes(),
    snapshot.wmcoSubscription(),
  ]);
  const csv = await snapshot.installedCsv(subscription);
  return {
    nodes,
    operatorVersion: csv?.spec?.version,
    unreadable: [...snapshot.reader.unreadable].sort(),
  };
}

export const nodesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/nodes',
    {
      schema: {
        tags: ['nodes'],
        summary: 'Windows nodes with build, WMCO version, source and readiness',
        response: { 200: NodesResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const snapshot = new SnapshotReader(request.callerKube, request.server.cachedReads);
      return request.server.viewDocuments.send(reply, 'nodes', snapshot, () => readNodes(snapshot));
    },
  );

  app.get(
    '/nodes/events',
    {
      schema: {
        tags: ['nodes'],
        summary:
          'The Windows nodes as server-sent events (`snapshot`), sent again whenever they change',
        produces: ['text/event-stream'],
      },
    },
    async (request, reply) => {
      streamLive(request, reply, {
        compute: () =>
          readNodes(new SnapshotReader(request.callerKube, request.server.cachedReads)),
        watchPaths: [watchPaths.windowsNodes, watchPaths.machines, watchPaths.subscriptions],
      });
    },
  );
};
