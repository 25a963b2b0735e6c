import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { JoinsResponse, NodeParams } from '../../contract/diagnostics';
import { NodeServicesResponse } from '../../contract/node-services';
import {
  defaultBundleBytes,
  defaultBundleTailLines,
  SupportBundleRequest,
  type BundleStreamLine,
} from '../../contract/support-bundle';
import { diagnoseWindowsJoins } from '../cluster/diagnostics/join-diagnosis';
import { readNodeServices } from '../cluster/diagnostics/node-services-reader';
import { buildSupportBundle } from '../cluster/diagnostics/support-bundle';
import { kinds } from '../cluster/kinds';
import { inJoinOrder } from '../domain/diagnostics/join-order';
import { callerToken } from '../http/caller';
import { registerLiveView } from '../http/live-view';
import { ndjsonStream } from '../http/ndjson-stream';
import { expensiveRouteLimit } from '../http/request-limits';
import { errorResponses } from '../http/route-schemas';
import { defaultByohSettings, type ByohSettings } from '../ssh/byoh-settings';
import { byohResolver } from '../ssh/host-resolver';

const tags = ['diagnostics'];

/** Join timelines with known causes, each node's services, and support bundles, as the caller. */
export const diagnosticsRoutes: FastifyPluginAsyncTypebox<{ settings?: ByohSettings }> = async (
  app,
  { settings = defaultByohSettings },
) => {
  // PTR records are looked up as WMCO will: through the DNS servers BYOH hosts are resolved with.
  const resolver = byohResolver(settings);
  const ptr = (address: string) => resolver.ptrRecords(address);

  registerLiveView(app, {
    name: 'diagnostics-joins',
    path: '/diagnostics/joins',
    tags,
    summary:
      'A join timeline per Windows Machine and BYOH instance, with the step it is at and its known causes',
    response: JoinsResponse,
    kinds: [
      kinds.machine,
      kinds.node,
      kinds.configMap,
      kinds.event,
      kinds.secret,
      kinds.certificateSigningRequest,
      kinds.subscription,
      kinds.infrastructure,
      kinds.operatorNetwork,
      kinds.configNetwork,
    ],
    read: async (reader, { now }) => {
      const { diagnoses } = await diagnoseWindowsJoins(reader, { now, ptr });
      return { joins: inJoinOrder(diagnoses), derivedAt: now, unreadable: reader.unreadable() };
    },
    // PTR answers are part of the document; a join turns late, and a CSR stale, with the clock.
    neverKept: true,
    refreshMs: 30_000,
  });

  registerLiveView(app, {
    name: 'diagnostics-node-services',
    path: '/diagnostics/nodes/:node/services',
    tags,
    summary: 'The services WMCO expects on a Windows node, and what the node shows of each',
    params: NodeParams,
    response: NodeServicesResponse,
    kinds: [kinds.node, kinds.configMap, kinds.subscription],
    read: (reader, { params }) => readNodeServices(reader, params.node ?? ''),
  });

  app.post(
    '/diagnostics/bundle',
    {
      config: expensiveRouteLimit,
      schema: {
        tags,
        summary:
          'A support bundle (.tar.gz) read as you: NDJSON of progress, then the archive’s bytes in base64',
        body: SupportBundleRequest,
        produces: ['application/x-ndjson'],
        response: { ...errorResponses },
      },
    },
    async (request, reply) => {
      const {
        nodes,
        tailLines = defaultBundleTailLines,
        maxBytes = defaultBundleBytes,
      } = request.body;
      const token = callerToken(request);
      const stream = ndjsonStream(reply);
      const createdAt = new Date();
      const archive = buildSupportBundle(request.reader, {
        nodes,
        tailLines,
        maxBytes,
        callerToken: token,
        ptr,
        now: createdAt.getTime(),
        signal: stream.signal,
        onProgress: (progress) => {
          stream.write({ type: 'progress', ...progress } satisfies BundleStreamLine);
        },
      });
      let bytes = 0;
      try {
        for await (const chunk of archive) {
          bytes += (chunk as Buffer).length;
          stream.write({ type: 'data', data: (chunk as Buffer).toString('base64') });
        }
        const stamp = createdAt.toISOString().replace(/[:.]/g, '-');
        const fileName = `windows-nodes-support-${stamp}.tar.gz`;
        stream.write({ type: 'end', bytes, fileName } satisfies BundleStreamLine);
      } catch (error) {
        if (!stream.signal.aborted) request.log.error({ err: error }, 'support bundle failed');
        stream.write({ type: 'failed' } satisfies BundleStreamLine);
      } finally {
        stream.end();
      }
    },
  );
};
