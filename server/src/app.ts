import { readFileSync } from 'node:fs';
import Fastify, { type FastifyServerOptions } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import swagger from '@fastify/swagger';
import { apiPrefix } from '../contract/paths';
import type { BffConfig } from './config';
import { errorHandler } from './http/error-handler';
import { HttpError } from './errors/http-error';
import { requireCaller } from './http/caller';
import { CachedReads } from './cluster/reader/cached-reads';
import { CallerWatchCaches } from './cluster/reader/caller-watch-caches';
import { cachedKinds } from './cluster/kinds';
import { WatchCache } from './cluster/reader/watch-cache';
import { loggerOptions } from './http/logger-options';
import { sharedSerializerFactory } from './http/shared-serializers';
import { createMetrics } from './http/metrics';
import { registerRequestLimits } from './http/request-limits';
import { ConsoleBuildChoice } from './http/console-build';
import { servePluginAssets } from './http/plugin-assets';
import { reloadServingCertificate } from './http/serving-certificate';
import { ViewChannels } from './http/view-channels';
import { ViewDocuments } from './http/view-documents';
import { WriteQueue } from './cluster/writes/write-queue';
import { byohRoutes } from './routes/byoh';
import { diagnosticsRoutes } from './routes/diagnostics';
import { diagnosticsLogsRoutes } from './routes/diagnostics-logs';
import { healthRoutes } from './routes/health';
import { installRoutes } from './routes/install';
import { lifecycleRoutes } from './routes/lifecycle';
import { machineSetsRoutes } from './routes/machinesets';
import { metricsRoutes } from './routes/metrics';
import { nodesRoutes } from './routes/nodes';
import { mirrorsRoutes } from './routes/mirrors';
import { overviewRoutes } from './routes/overview';
import { upgradesRoutes } from './routes/upgrades';
import { whoamiRoutes } from './routes/whoami';
import { workloadsRoutes } from './routes/workloads';

export interface BuildAppOptions {
  /** Tests pass their own logger (or a stream) to assert on log lines. */
  logger?: FastifyServerOptions['logger'];
}

/** Builds the BFF without listening: main.ts listens, tests use inject() or a port of their own. */
export async function buildApp(config: BffConfig, options: BuildAppOptions = {}) {
  const app = Fastify({
    logger: options.logger ?? loggerOptions(config.logLevel),
    https: config.tls
      ? { cert: readFileSync(config.tls.certFile), key: readFileSync(config.tls.keyFile) }
      : null,
    bodyLimit: 1024 * 1024,
    ajv: { customOptions: { allErrors: false, coerceTypes: false, removeAdditional: false } },
    schemaController: { compilersFactory: { buildSerializer: sharedSerializerFactory() } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  if (config.tls) reloadServingCertificate(app, config.tls);

  const metrics = createMetrics();
  app.decorate('metrics', metrics);
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    metrics.requestSeconds.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });
  app.setErrorHandler(errorHandler);
  await registerRequestLimits(app);

  const watchCache = config.watchCache
    ? new WatchCache(config.watchCache.kubeConfig, cachedKinds, {
        objects: metrics.watchCacheObjects,
        lists: metrics.watchCacheLists,
      })
    : undefined;
  const callerCaches = watchCache
    ? new CallerWatchCaches({ gauge: metrics.callerWatchCaches })
    : undefined;
  app.decorate(
    'cachedReads',
    watchCache && callerCaches ? new CachedReads(watchCache, callerCaches) : undefined,
  );
  app.decorate(
    'viewDocuments',
    new ViewDocuments(metrics.viewDocuments, 48, metrics.viewDerivations),
  );
  app.decorate('viewChannels', new ViewChannels(app.cachedReads));
  app.decorate('writeQueue', new WriteQueue());
  if (watchCache) {
    // Reads fall back to the API server until each kind has synced, so start-up does not wait for it.
    app.addHook('onReady', async () => {
      void watchCache.start().catch((error: unknown) => {
        app.log.warn({ err: error }, 'watch cache did not start; reading from the API server');
      });
    });
    app.addHook('onClose', async () => {
      await Promise.all([watchCache.stop(), callerCaches?.stop()]);
    });
  }
  app.setNotFoundHandler((request) => {
    const params = { method: request.method, path: request.url.split('?')[0] ?? '' };
    throw new HttpError(404, { code: 'no-such-route', params });
  });

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Windows Nodes BFF',
        version: '1',
        description:
          'Backend of the Windows Nodes console plugin; every call acts with the caller’s token.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
  });

  await app.register(healthRoutes, { cluster: config.cluster });
  await app.register(metricsRoutes, { cluster: config.cluster, metrics });
  await app.register(
    async (api) => {
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
      await api.register(async (userApi) => {
        requireCaller(userApi, config.cluster);
        await userApi.register(whoamiRoutes);
        await userApi.register(overviewRoutes, { settings: config.byoh });
        await userApi.register(mirrorsRoutes);
        await userApi.register(nodesRoutes);
        await userApi.register(installRoutes);
        await userApi.register(machineSetsRoutes);
        await userApi.register(workloadsRoutes);
        await userApi.register(upgradesRoutes);
        await userApi.register(byohRoutes, { settings: config.byoh });
        await userApi.register(lifecycleRoutes, { registry: config.registry });
        await userApi.register(diagnosticsRoutes, { settings: config.byoh });
        await userApi.register(diagnosticsLogsRoutes);
      });
    },
    { prefix: apiPrefix },
  );
  await servePluginAssets(
    app,
    config.pluginDistDir,
    new ConsoleBuildChoice(config.consoleVersion, app.log),
  );
  return app;
}

export type BffApp = Awaited<ReturnType<typeof buildApp>>;

declare module 'fastify' {
  interface FastifyInstance {
    /** The watch caches' reads, gated per caller; undefined when the BFF runs without them. */
    cachedReads: CachedReads | undefined;
    /** The views' documents, kept per caller while the watch caches stay the same. */
    viewDocuments: ViewDocuments;
    /** The live views' open streams, one channel per caller and view. */
    viewChannels: ViewChannels;
    /** Writes of this replica to one object, one after another (see WriteQueue). */
    writeQueue: WriteQueue;
  }
}
