import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { KubeConfig } from '@kubernetes/client-node';
import Type from 'typebox';
import {
  ByohState,
  EntryWriteResult,
  InstanceAddressParams,
  InstanceInput,
  PreflightRequest,
  RemediateRequest,
  RemediateResult,
  type PreflightLine,
} from '../../contract/byoh';
import { HostKeyPins } from '../cluster/byoh-host-key-pins';
import { InstanceEntries } from '../cluster/byoh-instance-entries';
import { WriteQueue } from '../cluster/byoh-write-queue';
import { readBuildRules, readByohContext, readLoginKey } from '../cluster/byoh-context';
import { PreflightStore } from '../cluster/byoh-preflight-store';
import { readByohState } from '../cluster/byoh-state-reader';
import { watchPaths } from '../cluster/watch-paths';
import { inCheckOrder } from '../domain/byoh/preflight-checks';
import { wmcoNames } from '../domain/wmco-names';
import { streamLive } from '../http/live-stream';
import { expensiveRouteLimit } from '../http/request-limits';
import { errorResponses } from '../http/route-schemas';
import { defaultByohSettings, type ByohSettings } from '../ssh/byoh-settings';
import type { PreflightTools } from '../ssh/host-preflight';
import { hostResolver } from '../ssh/host-resolver';
import { openNodePortsOnHost } from '../ssh/node-ports-remediation';
import { runPreflight } from '../ssh/preflight-run';

export const byohRoutes: FastifyPluginAsyncTypebox<{ settings?: ByohSettings }> = async (
  app,
  { settings = defaultByohSettings },
) => {
  const resolver = hostResolver(settings.dnsServers, settings.connectTimeoutMs);
  const queue = new WriteQueue();

  const entries = async (kubeConfig: KubeConfig) => {
    const { namespace } = await readByohContext(kubeConfig);
    return new InstanceEntries(kubeConfig, namespace, resolver, queue);
  };

  /** Everything SSH needs, read as the caller: no access to cloud-private-key, no SSH. */
  const tools = async (kubeConfig: KubeConfig): Promise<PreflightTools & { namespace: string }> => {
    const context = await readByohContext(kubeConfig);
    const key = await readLoginKey(kubeConfig, context.namespace);
    return {
      namespace: context.namespace,
      settings,
      resolver,
      key,
      pins: new HostKeyPins(kubeConfig, context.namespace, queue),
      buildRules: await readBuildRules(kubeConfig, context),
    };
  };

  app.get(
    '/byoh',
    {
      schema: {
        tags: ['byoh'],
        summary:
          'windows-instances entries with validity, node, readiness, WMCO version, last preflight and events',
        response: { 200: ByohState, ...errorResponses },
      },
    },
    async (request) => readByohState(request.callerKube, request.server.cachedReads, resolver),
  );

  app.get(
    '/byoh/events',
    {
      schema: {
        tags: ['byoh'],
        summary:
          'The BYOH state as server-sent events (`snapshot`), sent again whenever it changes',
        produces: ['text/event-stream'],
      },
    },
    async (request, reply) => {
      const { namespace } = await readByohContext(request.callerKube);
      streamLive(request, reply, {
        compute: () => readByohState(request.callerKube, request.server.cachedReads, resolver),
        watchPaths: [
          watchPaths.wmcoConfigMaps(namespace),
          watchPaths.namespaceEvents(namespace),
          watchPaths.windowsNodes,
          watchPaths.subscriptions,
          watchPaths.clusterServiceVersions,
        ],
      });
    },
  );

  app.post(
    '/byoh/entries',
    {
      schema: {
        tags: ['byoh'],
        summary:
          'Add an entry to windows-instances after validating it (WMCO then configures the host)',
        body: InstanceInput,
        response: { 200: EntryWriteResult, ...errorResponses },
      },
    },
    async (request) => (await entries(request.callerKube)).add(request.body),
  );

  app.put(
    '/byoh/entries/:address',
    {
      schema: {
        tags: ['byoh'],
        summary: 'Change the user of an entry, or move it to another address',
        params: InstanceAddressParams,
        body: InstanceInput,
        response: { 200: EntryWriteResult, ...errorResponses },
      },
    },
    async (request) =>
      (await entries(request.callerKube)).update(request.params.address, request.body),
  );

  app.delete(
    '/byoh/entries/:address',
    {
      schema: {
        tags: ['byoh'],
        summary: 'Remove an entry: WMCO deconfigures that host and removes its node',
        params: InstanceAddressParams,
        response: { 200: EntryWriteResult, ...errorResponses },
      },
    },
    async (request) => (await entries(request.callerKube)).remove(request.params.address),
  );

  app.delete(
    '/byoh/instances',
    {
      schema: {
        tags: ['byoh'],
        summary: 'Delete ConfigMap windows-instances: WMCO deconfigures every BYOH host',
        response: { 200: Type.Object({ deleted: Type.String() }), ...errorResponses },
      },
    },
    async (request) => {
      await (await entries(request.callerKube)).deleteAll();
      return { deleted: wmcoNames.instancesConfigMap };
    },
  );

  app.post(
    '/byoh/preflight',
    {
      config: expensiveRouteLimit,
      schema: {
        tags: ['byoh'],
        summary:
          'Check hosts over SSH with cloud-private-key (read with your token); NDJSON, one line per check',
        body: PreflightRequest,
        produces: ['application/x-ndjson'],
        response: { ...errorResponses },
      },
    },
    async (request, reply) => {
      // Refusals (no key, no permission) are ordinary errors, before the stream starts.
      const { namespace, ...preflightTools } = await tools(request.callerKube);
      reply.hijack();
      const response = reply.raw;
      response.writeHead(200, {
        'content-type': 'application/x-ndjson; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        'x-accel-buffering': 'no',
      });
      const gone = new AbortController();
      response.on('close', () => {
        gone.abort();
      });
      const records = new PreflightStore(request.callerKube, queue, namespace);
      await runPreflight({
        hosts: request.body.hosts,
        tools: preflightTools,
        save: (address, record) => records.save(address, () => record),
        write: (line: PreflightLine) => {
          if (!gone.signal.aborted) response.write(`${JSON.stringify(line)}\n`);
        },
        signal: gone.signal,
        log: request.log,
      }).catch((error: unknown) => {
        request.log.error({ err: error }, 'preflight stopped');
      });
      response.end();
    },
  );

  app.post(
    '/byoh/remediate',
    {
      config: expensiveRouteLimit,
      schema: {
        tags: ['byoh'],
        summary:
          'After confirmation: create the firewall rules for TCP 10250 and 9182 on a host, then re-check',
        body: RemediateRequest,
        response: { 200: RemediateResult, ...errorResponses },
      },
    },
    async (request) => {
      const { address, username } = request.body;
      const { namespace, ...remediationTools } = await tools(request.callerKube);
      const check = await openNodePortsOnHost({ address, username }, remediationTools);
      const records = new PreflightStore(request.callerKube, queue, namespace);
      await records.save(address, (previous) => ({
        at: new Date().toISOString(),
        username,
        checks: inCheckOrder([...(previous?.checks ?? []), check]),
      }));
      return { address, check };
    },
  );
};
