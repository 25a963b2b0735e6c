import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { CompatibilityResponse, LifecycleResponse } from '../../contract/lifecycle';
import {
  AbortRequest,
  ConfirmStepRequest,
  ReplacementParams,
  ReplacementPreview,
  ReplacementRequest,
  ReplacementResult,
  ReplacementsResponse,
  StartReplacementRequest,
} from '../../contract/replacement';
import { readCompatibility } from '../cluster/lifecycle/compatibility-reader';
import { readLifecycle } from '../cluster/lifecycle/lifecycle-reader';
import { planReplacement } from '../cluster/lifecycle/replacement-planner';
import {
  abortReplacementOf,
  advanceReplacement,
  confirmReplacementStep,
  readReplacements,
  startReplacement,
  type ReplacementTools,
} from '../cluster/lifecycle/replacement-runner';
import { kinds } from '../cluster/kinds';
import { registerLiveView } from '../http/live-view';
import { expensiveRouteLimit } from '../http/request-limits';
import { routeOptions } from '../http/route-schemas';
import { RegistryReader, type RegistryReaderOptions } from '../registry/registry-reader';

const tags = ['lifecycle'];

export const lifecycleRoutes: FastifyPluginAsyncTypebox<{
  registry?: Partial<RegistryReaderOptions>;
}> = async (app, options) => {
  // One reader for the app: answers are kept per pull identity and digest across callers.
  const registry = new RegistryReader(options.registry);
  const tools = (request: FastifyRequest): ReplacementTools => ({
    reader: request.reader,
    api: request.kubeApi,
    queue: app.writeQueue,
    registry,
  });

  registerLiveView(app, {
    name: 'lifecycle',
    path: '/lifecycle',
    tags,
    summary:
      'Each Windows node’s Windows Server version, build, patch age and support state, grouped by build, with BYOH owners’ actions and the MachineSets a replacement can move',
    response: LifecycleResponse,
    kinds: [
      kinds.node,
      kinds.machine,
      kinds.machineSet,
      kinds.configMap,
      kinds.secret,
      kinds.namespace,
      kinds.subscription,
      kinds.operatorGroup,
      kinds.clusterServiceVersion,
      kinds.installPlan,
      kinds.operatorCondition,
      kinds.packageManifest,
      kinds.infrastructure,
      kinds.operatorNetwork,
    ],
    read: (reader, { now }) => readLifecycle(reader, now),
    // Patch ages and support phases move with the clock.
    bySecond: true,
  });

  registerLiveView(app, {
    name: 'lifecycle-compatibility',
    path: '/lifecycle/compatibility',
    tags,
    summary:
      'Every workload that can land on Windows nodes, its images as their registries describe them (read with its pull secrets), and whether each runs on each Windows build',
    response: CompatibilityResponse,
    kinds: [
      kinds.node,
      kinds.runtimeClass,
      kinds.deployment,
      kinds.statefulSet,
      kinds.daemonSet,
      kinds.pod,
      kinds.serviceAccount,
      kinds.secret,
    ],
    read: (reader) => readCompatibility(reader, registry),
    // Registries' answers are part of the document, and no watch tells of their changes.
    neverKept: true,
  });

  registerLiveView(app, {
    name: 'lifecycle-replacements',
    path: '/lifecycle/replacements',
    tags,
    summary:
      'Guided MachineSet replacements: each one’s record, the step it is at, what the next turn does, and the old and new MachineSets’ nodes and drains',
    response: ReplacementsResponse,
    kinds: [
      kinds.configMap,
      kinds.machineSet,
      kinds.machine,
      kinds.node,
      kinds.pod,
      kinds.podDisruptionBudget,
    ],
    read: (reader, { now }) => readReplacements(reader, now),
    bySecond: true,
  });

  app.post(
    '/lifecycle/replacements/preview',
    {
      ...routeOptions(
        tags,
        'What moving a Windows MachineSet to another image would create, and what stops it: platform rules, incompatible images, workloads left without a node, budgets no drain can meet. Changes nothing',
        { body: ReplacementRequest, response: ReplacementPreview },
      ),
      // Reads every workload and their images from registries: limited per user.
      config: expensiveRouteLimit,
    },
    async (request) =>
      (
        await planReplacement(
          request.reader.fresh(),
          request.kubeApi,
          registry,
          request.body,
          new Date().toISOString(),
        )
      ).preview,
  );

  app.post(
    '/lifecycle/replacements',
    {
      ...routeOptions(
        tags,
        'Start a replacement checked again as previewed; its first step then waits for confirmation',
        { body: StartReplacementRequest, response: ReplacementResult },
      ),
      config: expensiveRouteLimit,
    },
    async (request) => ({ replacement: await startReplacement(tools(request), request.body) }),
  );

  app.post(
    '/lifecycle/replacements/:machineSet/advance',
    routeOptions(
      tags,
      'One turn of a replacement: record what the cluster shows done, then do the next confirmed action as the caller',
      { params: ReplacementParams, response: ReplacementResult },
    ),
    async (request) => ({
      replacement: await advanceReplacement(tools(request), request.params.machineSet),
    }),
  );

  app.post(
    '/lifecycle/replacements/:machineSet/confirm',
    routeOptions(tags, 'Confirm the step the replacement waits at (again, after a failure)', {
      params: ReplacementParams,
      body: ConfirmStepRequest,
      response: ReplacementResult,
    }),
    async (request) => ({
      replacement: await confirmReplacementStep(
        tools(request),
        request.params.machineSet,
        request.body.step,
      ),
    }),
  );

  app.post(
    '/lifecycle/replacements/:machineSet/abort',
    routeOptions(
      tags,
      'Abort a replacement: uncordon the old nodes it cordoned, scale the old MachineSet back, scale the new one to 0',
      { params: ReplacementParams, body: AbortRequest, response: ReplacementResult },
    ),
    async (request) => ({
      replacement: await abortReplacementOf(tools(request), request.params.machineSet),
    }),
  );
};
