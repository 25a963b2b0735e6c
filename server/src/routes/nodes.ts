import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NodesResponse } from '../../contract/nodes';
import { kinds } from '../cluster/kinds';
import { readNodesView } from '../cluster/nodes/nodes-view';
import { registerLiveView } from '../http/live-view';

export const nodesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  registerLiveView(app, {
    name: 'nodes',
    path: '/nodes',
    tags: ['nodes'],
    summary: 'Windows nodes with build, WMCO version, source and readiness',
    response: NodesResponse,
    kinds: [kinds.node, kinds.machine, kinds.subscription, kinds.clusterServiceVersion],
    read: readNodesView,
    keptRows: 'nodes',
  });
};
