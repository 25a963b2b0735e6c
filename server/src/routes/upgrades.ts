import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { UpgradesResponse } from '../../contract/upgrades';
import { wmcoNames } from '../domain/wmco-names';
import { SnapshotReader } from '../cluster/snapshot-reader';
import { wmcoNamespaceOf } from '../cluster/wmco-namespace';
import { readUpgrades } from '../cluster/upgrade-reader';
import { watchPaths } from '../cluster/watch-paths';
import { streamLive } from '../http/live-stream';
import { errorResponses } from '../http/route-schemas';

// Approving a pending InstallPlan is POST /install/approve: one approval path for install and upgrade.
export const upgradesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/upgrades',
    {
      schema: {
        tags: ['upgrades'],
        summary:
          'WMCO version and pending update, and each Windows node’s upgrade state with its history',
        response: { 200: UpgradesResponse, ...errorResponses },
      },
    },
    async (request) => readUpgrades(request.callerKube, request.server.cachedReads),
  );

  app.get(
    '/upgrades/events',
    {
      schema: {
        tags: ['upgrades'],
        summary: 'The upgrade state as server-sent events (`snapshot`), sent again on every change',
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
        compute: () => readUpgrades(request.callerKube, request.server.cachedReads),
        watchPaths: [
          watchPaths.windowsNodes,
          watchPaths.machines,
          watchPaths.subscriptions,
          watchPaths.installPlans,
          watchPaths.clusterServiceVersions,
          watchPaths.operatorConditions,
          watchPaths.podDisruptionBudgets,
          watchPaths.nodeEvents,
          watchPaths.wmcoConfigMaps(namespace),
          watchPaths.namespaceEvents(namespace),
          watchPaths.namespaceEvents(wmcoNames.machineApiNamespace),
        ],
      });
    },
  );
};
