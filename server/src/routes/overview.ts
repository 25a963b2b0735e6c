import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { OverviewResponse } from '../../contract/overview';
import { kinds } from '../cluster/kinds';
import { readClusterSnapshot } from '../cluster/overview/cluster-snapshot-reader';
import { deriveOverview } from '../domain/overview/derive-overview';
import { registerLiveView } from '../http/live-view';

export const overviewRoutes: FastifyPluginAsyncTypebox = async (app) => {
  registerLiveView(app, {
    name: 'overview',
    path: '/overview',
    tags: ['overview'],
    summary: 'Where the cluster stands for Windows nodes: findings judged against the guide',
    response: OverviewResponse,
    kinds: [
      kinds.node,
      kinds.machine,
      kinds.machineSet,
      kinds.namespace,
      kinds.subscription,
      kinds.operatorGroup,
      kinds.clusterServiceVersion,
      kinds.installPlan,
      kinds.operatorCondition,
      kinds.packageManifest,
      kinds.configMap,
      kinds.secret,
      kinds.infrastructure,
      kinds.clusterVersion,
      kinds.configNetwork,
      kinds.proxy,
      kinds.operatorNetwork,
    ],
    read: async (reader) => deriveOverview(await readClusterSnapshot(reader)),
  });
};
