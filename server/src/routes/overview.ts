import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { OverviewResponse } from '../../contract/overview';
import { kinds } from '../cluster/kinds';
import { readClusterSnapshot } from '../cluster/overview/cluster-snapshot-reader';
import { deriveOverview } from '../domain/overview/derive-overview';
import { registerLiveView } from '../http/live-view';
import { defaultByohSettings, type ByohSettings } from '../ssh/byoh-settings';
import { byohResolver } from '../ssh/host-resolver';

export const overviewRoutes: FastifyPluginAsyncTypebox<{ settings?: ByohSettings }> = async (
  app,
  { settings = defaultByohSettings },
) => {
  // The BYOH entries are judged with the BYOH page's resolution: one verdict on both pages.
  const resolver = byohResolver(settings);
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
      kinds.pod,
      kinds.csiDaemonSet,
    ],
    read: async (reader, { notKeepable }) =>
      deriveOverview(await readClusterSnapshot(reader, resolver, notKeepable)),
  });
};
