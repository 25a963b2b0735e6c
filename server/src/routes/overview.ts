import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { OverviewResponse } from '../../contract/overview';
import { SnapshotReader } from '../cluster/snapshot-reader';
import { wmcoNamespaceOf } from '../cluster/wmco-namespace';
import { watchPaths } from '../cluster/watch-paths';
import { deriveOverview } from '../domain/overview/derive-overview';
import { streamLive } from '../http/live-stream';
import { errorResponses } from '../http/route-schemas';

export const overviewRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/overview',
    {
      schema: {
        tags: ['overview'],
        summary: 'Where the cluster stands for Windows nodes: findings judged against the guide',
        response: { 200: OverviewResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const snapshot = new SnapshotReader(request.callerKube, request.server.cachedReads);
      return request.server.viewDocuments.send(reply, 'overview', snapshot, async () =>
        deriveOverview(await snapshot.snapshot()),
      );
    },
  );

  app.get(
    '/overview/events',
    {
      schema: {
        tags: ['overview'],
        summary: 'The overview as server-sent events (`snapshot`), sent again whenever it changes',
        produces: ['text/event-stream'],
      },
    },
    async (request, reply) => {
      const subscription = await new SnapshotReader(
        request.callerKube,
        request.server.cachedReads,
      ).wmcoSubscription();
      const namespace = wmcoNamespaceOf(subscription);
      streamLive(request, reply, {
        compute: async () =>
          deriveOverview(
            await new SnapshotReader(request.callerKube, request.server.cachedReads).snapshot(),
          ),
        watchPaths: [
          watchPaths.windowsNodes,
          watchPaths.machines,
          watchPaths.machineSets,
          watchPaths.subscriptions,
          watchPaths.clusterServiceVersions,
          watchPaths.installPlans,
          watchPaths.operatorConditions,
          watchPaths.wmcoConfigMaps(namespace),
          watchPaths.wmcoSecrets(namespace),
          watchPaths.machineApiSecrets,
          ...watchPaths.clusterConfig,
        ],
      });
    },
  );
};
