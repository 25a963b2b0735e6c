import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CheckRequest,
  CheckResult,
  RuntimeClassRequest,
  RuntimeClassResult,
  SamplePreview,
  SampleNamespaces,
  SampleRequest,
  SampleResult,
  WorkloadsState,
} from '../../contract/workloads';
import {
  clusterFacts,
  readSchedulingFacts,
  readWorkloadObject,
  workloadsState,
} from '../cluster/workloads/scheduling-reader';
import {
  createSample,
  ensureRuntimeClass,
  previewSample,
} from '../cluster/workloads/scheduling-writer';
import { sampleNamespaces } from '../cluster/workloads/sample-namespace';
import { kinds } from '../cluster/kinds';
import type { ClusterReader } from '../cluster/reader/cluster-reader';
import { checkWorkload } from '../domain/workloads/workload-check';
import { readWorkload } from '../domain/workloads/workload-object';
import { parseWorkloadYaml } from '../domain/workloads/workload-yaml';
import { HttpError } from '../errors/http-error';
import { expensiveRouteLimit } from '../http/request-limits';
import { registerLiveView } from '../http/live-view';
import { routeOptions } from '../http/route-schemas';

/** The workload to check: read by reference as the caller, or parsed from pasted YAML. */
async function workloadToCheck(reader: ClusterReader, body: CheckRequest): Promise<unknown> {
  if (body.reference && body.yaml === undefined) {
    return readWorkloadObject(reader, body.reference);
  }
  if (body.yaml !== undefined && !body.reference) {
    const parsed = parseWorkloadYaml(body.yaml);
    if ('problem' in parsed) throw new HttpError(400, parsed.problem, 'body.yaml');
    return parsed.object;
  }
  throw new HttpError(400, { code: 'reference-or-yaml', params: {} }, 'body');
}

const tags = ['workloads'];

export const workloadsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  registerLiveView(app, {
    name: 'workloads',
    path: '/workloads/builds',
    tags,
    summary: 'Windows builds on the cluster’s nodes and the RuntimeClasses that target each',
    response: WorkloadsState,
    kinds: [kinds.node, kinds.runtimeClass],
    read: async (reader) => workloadsState(await readSchedulingFacts(reader)),
  });

  app.post(
    '/workloads/runtime-classes',
    routeOptions(
      tags,
      'Create the guide’s RuntimeClass for a Windows build, or reuse one that already does the same',
      { body: RuntimeClassRequest, response: RuntimeClassResult },
    ),
    async (request) => ensureRuntimeClass(request.reader.fresh(), request.body),
  );

  app.get(
    '/workloads/namespaces',
    routeOptions(tags, 'The namespaces the caller may list, to place the sample in', {
      response: SampleNamespaces,
    }),
    async (request) => sampleNamespaces(request.reader),
  );

  app.post(
    '/workloads/sample/preview',
    routeOptions(
      tags,
      'The YAML of the sample Deployment and Service, and what would keep them from running',
      { body: SampleRequest, response: SamplePreview },
    ),
    async (request) => previewSample(request.reader, request.body),
  );

  app.post(
    '/workloads/sample',
    routeOptions(
      tags,
      'Create the sample Deployment and Service in the chosen namespace, as the caller',
      { body: SampleRequest, response: SampleResult },
    ),
    async (request) => createSample(request.reader.fresh(), request.body),
  );

  app.post(
    '/workloads/check',
    {
      ...routeOptions(
        tags,
        'Whether a workload (by reference or pasted YAML) can land on a Windows node, and every reason why not',
        { body: CheckRequest, response: CheckResult },
      ),
      // Parsing up to 256 KiB of YAML and reading nodes and RuntimeClasses: limited per user.
      config: expensiveRouteLimit,
    },
    async (request) => {
      const object = await workloadToCheck(request.reader, request.body);
      const read = readWorkload(object);
      if ('problem' in read) {
        throw new HttpError(400, read.problem, request.body.yaml ? 'body.yaml' : 'body.reference');
      }
      const facts = await readSchedulingFacts(request.reader);
      return checkWorkload(read.workload, clusterFacts(facts));
    },
  );
};
