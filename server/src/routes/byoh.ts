import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import pLimit from 'p-limit';
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
import { HostKeyPins } from '../cluster/byoh/host-key-pins';
import { InstanceEntries } from '../cluster/byoh/instance-entries';
import { readByohContext, readClusterRules, readLoginKey } from '../cluster/byoh/byoh-context';
import { PreflightStore } from '../cluster/byoh/preflight-store';
import { readByohState } from '../cluster/byoh/byoh-state-reader';
import { kinds } from '../cluster/kinds';
import { inCheckOrder } from '../domain/byoh/preflight-checks';
import { wmcoNames } from '../domain/wmco-names';
import { registerLiveView } from '../http/live-view';
import { expensiveRouteLimit } from '../http/request-limits';
import { ndjsonStream } from '../http/ndjson-stream';
import { errorResponses, routeOptions } from '../http/route-schemas';
import { defaultByohSettings, type ByohSettings } from '../ssh/byoh-settings';
import type { PreflightTools } from '../ssh/host-preflight';
import { byohResolver } from '../ssh/host-resolver';
import { openNodePortsOnHost } from '../ssh/node-ports-remediation';
import { runPreflight } from '../ssh/preflight-run';

export const byohRoutes: FastifyPluginAsyncTypebox<{ settings?: ByohSettings }> = async (
  app,
  { settings = defaultByohSettings },
) => {
  const resolver = byohResolver(settings);
  const queue = app.writeQueue;
  const hostTurns = pLimit(settings.sessionsPerReplica);

  const entries = async (request: FastifyRequest) => {
    const { namespace } = await readByohContext(request.reader.fresh());
    return new InstanceEntries(request.kubeApi, namespace, resolver, queue);
  };

  /** Everything SSH needs, read afresh as the caller: no access to cloud-private-key, no SSH. */
  const tools = async (
    request: FastifyRequest,
  ): Promise<PreflightTools & { namespace: string }> => {
    const reader = request.reader.fresh();
    const context = await readByohContext(reader);
    const key = await readLoginKey(reader, context.namespace);
    return {
      namespace: context.namespace,
      settings,
      resolver,
      key,
      pins: new HostKeyPins(request.kubeApi, context.namespace, queue),
      ...(await readClusterRules(reader, context)),
    };
  };

  registerLiveView(app, {
    name: 'byoh',
    path: '/byoh',
    tags: ['byoh'],
    summary:
      'windows-instances entries with validity, node, readiness, WMCO version, last preflight and events',
    response: ByohState,
    kinds: [
      kinds.configMap,
      kinds.event,
      kinds.node,
      kinds.machine,
      kinds.namespace,
      kinds.subscription,
      kinds.operatorGroup,
      kinds.clusterServiceVersion,
      kinds.installPlan,
      kinds.operatorCondition,
      kinds.packageManifest,
    ],
    read: (reader) => readByohState(reader, resolver),
    // The addresses' DNS answers are part of the document, and no cache holds them.
    neverKept: true,
  });

  app.post(
    '/byoh/entries',
    routeOptions(
      ['byoh'],
      'Add an entry to windows-instances after validating it (WMCO then configures the host)',
      { body: InstanceInput, response: EntryWriteResult },
    ),
    async (request) => (await entries(request)).add(request.body),
  );

  app.put(
    '/byoh/entries/:address',
    routeOptions(['byoh'], 'Change the user of an entry, or move it to another address', {
      params: InstanceAddressParams,
      body: InstanceInput,
      response: EntryWriteResult,
    }),
    async (request) => (await entries(request)).update(request.params.address, request.body),
  );

  app.delete(
    '/byoh/entries/:address',
    routeOptions(['byoh'], 'Remove an entry: WMCO deconfigures that host and removes its node', {
      params: InstanceAddressParams,
      response: EntryWriteResult,
    }),
    async (request) => (await entries(request)).remove(request.params.address),
  );

  app.delete(
    '/byoh/instances',
    routeOptions(
      ['byoh'],
      'Delete ConfigMap windows-instances: WMCO deconfigures every BYOH host',
      { response: Type.Object({ deleted: Type.String() }) },
    ),
    async (request) => {
      await (await entries(request)).deleteAll();
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
      const { namespace, ...preflightTools } = await tools(request);
      const stream = ndjsonStream(reply);
      const records = new PreflightStore(request.kubeApi, queue, namespace);
      await runPreflight({
        hosts: request.body.hosts,
        tools: preflightTools,
        hostTurns,
        save: (address, record) => records.save(address, () => record),
        write: (line: PreflightLine) => {
          stream.write(line);
        },
        signal: stream.signal,
        log: request.log,
      }).catch((error: unknown) => {
        request.log.error({ err: error }, 'preflight stopped');
      });
      stream.end();
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
      const { namespace, ...remediationTools } = await tools(request);
      const check = await openNodePortsOnHost({ address, username }, remediationTools);
      const records = new PreflightStore(request.kubeApi, queue, namespace);
      await records.save(address, (previous) => ({
        at: new Date().toISOString(),
        username,
        checks: inCheckOrder([...(previous?.checks ?? []), check]),
      }));
      return { address, check };
    },
  );
};
