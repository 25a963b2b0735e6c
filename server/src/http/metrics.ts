import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** What the BFF tells Prometheus; one registry per app, so tests can build many apps in one process. */
export interface BffMetrics {
  registry: Registry;
  requests: Counter<'method' | 'route' | 'status'>;
  requestSeconds: Histogram<'method' | 'route'>;
  eventStreams: Gauge;
  sshChecks: Counter<'check' | 'result'>;
  watchCacheObjects: Gauge<'resource'>;
  watchCacheLists: Counter<'resource'>;
  callerWatchCaches: Gauge;
  viewDocuments: Counter<'view' | 'result'>;
  viewDerivations: Counter<'view'>;
}

export function createMetrics(): BffMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'windows_nodes_bff_' });
  return {
    registry,
    requests: new Counter({
      name: 'windows_nodes_bff_http_requests_total',
      help: 'HTTP requests by route and status',
      labelNames: ['method', 'route', 'status'],
      registers: [registry],
    }),
    requestSeconds: new Histogram({
      name: 'windows_nodes_bff_http_request_duration_seconds',
      help: 'HTTP request latency by route',
      labelNames: ['method', 'route'],
      buckets: [0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    eventStreams: new Gauge({
      name: 'windows_nodes_bff_event_streams',
      help: 'Open server-sent event streams',
      registers: [registry],
    }),
    sshChecks: new Counter({
      name: 'windows_nodes_bff_ssh_checks_total',
      help: 'BYOH SSH preflight checks by check and result',
      labelNames: ['check', 'result'],
      registers: [registry],
    }),
    watchCacheObjects: new Gauge({
      name: 'windows_nodes_bff_watch_cache_objects',
      help: 'Objects held in the shared watch cache by resource',
      labelNames: ['resource'],
      registers: [registry],
    }),
    watchCacheLists: new Counter({
      name: 'windows_nodes_bff_watch_cache_lists_total',
      help: 'Lists made by the shared watch cache by resource: the first, then one per watch that could not resume (410 Gone)',
      labelNames: ['resource'],
      registers: [registry],
    }),
    callerWatchCaches: new Gauge({
      name: 'windows_nodes_bff_caller_watch_caches',
      help: 'Callers whose own watch caches run (opened with their token while they read the views)',
      registers: [registry],
    }),
    viewDocuments: new Counter({
      name: 'windows_nodes_bff_view_documents_total',
      help: 'View documents sent, by view and whether a kept one was sent again or one was derived',
      labelNames: ['view', 'result'],
      registers: [registry],
    }),
    viewDerivations: new Counter({
      name: 'windows_nodes_bff_view_derivations_total',
      help: 'View documents derived from the cluster, by view (for a GET or for every open stream at once)',
      labelNames: ['view'],
      registers: [registry],
    }),
  };
}

declare module 'fastify' {
  interface FastifyInstance {
    metrics: BffMetrics;
  }
}
