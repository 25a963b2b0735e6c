import type { FastifyPluginAsync } from 'fastify';
import { AccessReview } from '../cluster/reader/access-review';
import type { ClusterConnection } from '../cluster/api/cluster-connection';
import { requireCaller } from '../http/caller';
import { HttpError } from '../errors/http-error';
import type { BffMetrics } from '../http/metrics';

/**
 * Prometheus text, for scrapers the API server lets `get` the non-resource URL /metrics (as OpenShift's
 * prometheus-k8s may), the way kube-rbac-proxy guards the platform's own endpoints.
 */
export const metricsRoutes: FastifyPluginAsync<{
  cluster: ClusterConnection;
  metrics: BffMetrics;
}> = async (app, { cluster, metrics }) => {
  requireCaller(app, cluster);
  const access = new AccessReview();
  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    if (!(await access.allowed(request.callerKube, { verb: 'get', path: '/metrics' }))) {
      throw new HttpError(403, { code: 'metrics-forbidden', params: {} });
    }
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
};
