import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Health } from '../../contract/health';
import { probeApiServer } from '../cluster/api/api-server-probe';
import type { ClusterConnection } from '../cluster/api/cluster-connection';

/** Liveness says the process serves; readiness says the API server it depends on answers. */
export const healthRoutes: FastifyPluginAsyncTypebox<{ cluster: ClusterConnection }> = async (
  app,
  { cluster },
) => {
  app.get(
    '/healthz',
    {
      schema: {
        tags: ['health'],
        summary: 'The BFF process is serving',
        response: { 200: Health },
      },
    },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/readyz',
    {
      schema: {
        tags: ['health'],
        summary: 'The Kubernetes API server is reachable and ready',
        response: { 200: Health, 503: Health },
      },
    },
    async (_request, reply) => {
      const problem = await probeApiServer(cluster);
      if (problem) return reply.code(503).send({ status: 'unavailable' as const, detail: problem });
      return { status: 'ok' as const };
    },
  );
};
