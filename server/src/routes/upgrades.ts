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
    async (request, reply) => {
      const snapshot = new SnapshotReader(request.callerKube, request.server.cachedReads);
      // Progress and estimates move with the clock: a document is about one second.
      const second = Math.floor(Date.now() / 1000) * 1000;
      return request.server.viewDocuments.send(
        reply,
        'upgrades',
        snapshot,
        () => readUpgrades(snapshot, second),
        String(second),
      );
    },
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
        compute: () =>
          readUpgrades(
            new SnapshotReader(request.callerKube, request.server.cachedReads),
            Date.now(),
          ),
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
