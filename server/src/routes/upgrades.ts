import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { UpgradesResponse } from '../../contract/upgrades';
import { kinds } from '../cluster/kinds';
import { readUpgrades } from '../cluster/upgrades/upgrade-reader';
import { registerLiveView } from '../http/live-view';

// Approving a pending InstallPlan is POST /install/approve: one approval path for install and upgrade.
export const upgradesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  registerLiveView(app, {
    name: 'upgrades',
    path: '/upgrades',
    tags: ['upgrades'],
    summary:
      'WMCO version and pending update, and each Windows node’s upgrade state with its history',
    response: UpgradesResponse,
    kinds: [
      kinds.node,
      kinds.machine,
      kinds.namespace,
      kinds.subscription,
      kinds.operatorGroup,
      kinds.installPlan,
      kinds.clusterServiceVersion,
      kinds.operatorCondition,
      kinds.packageManifest,
      kinds.configMap,
      kinds.event,
      kinds.pod,
      kinds.podDisruptionBudget,
    ],
    read: (reader, { now, writes }) => readUpgrades(reader, now, writes),
    keptRows: 'nodes',
    bySecond: true,
  });
};
