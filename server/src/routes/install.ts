import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { stringify } from 'yaml';
import {
  ApproveRequest,
  InstallPreview,
  InstallPreviewRequest,
  InstallRequest,
  InstallResult,
  InstallState,
  RotateKeyRequest,
  UninstallPlan,
  UninstallResult,
} from '../../contract/install';
import { readInstallState } from '../cluster/install-state-reader';
import { CallerClient, kinds } from '../cluster/olm-client';
import { watchPaths } from '../cluster/watch-paths';
import { installWmco, rotateKey } from '../cluster/wmco-installer';
import {
  deleteWmcoNamespace,
  readUninstallPlan,
  uninstallOperator,
} from '../cluster/wmco-uninstaller';
import { installObjects, privateKeySecret } from '../domain/install/install-objects';
import { HttpError } from '../errors/http-error';
import { streamLive } from '../http/live-stream';
import { expensiveRouteLimit } from '../http/request-limits';
import { errorResponses } from '../http/route-schemas';

const keyPlaceholders = {
  generate: '<generated on the server when you install; never sent to the browser>',
  upload: '<your uploaded private key; not shown>',
  keep: '<the key already stored; unchanged>',
} as const;

export const installRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/install',
    {
      schema: {
        tags: ['install'],
        summary: 'Install choices offered by the cluster, what exists already, and progress',
        response: { 200: InstallState, ...errorResponses },
      },
    },
    async (request) => readInstallState(request.callerKube),
  );

  app.get(
    '/install/events',
    {
      schema: {
        tags: ['install'],
        summary: 'The install state as server-sent events',
        produces: ['text/event-stream'],
      },
    },
    async (request, reply) => {
      streamLive(request, reply, {
        compute: () => readInstallState(request.callerKube),
        watchPaths: [
          watchPaths.subscriptions,
          watchPaths.installPlans,
          watchPaths.clusterServiceVersions,
          watchPaths.namespaces,
          watchPaths.secrets,
        ],
      });
    },
  );

  app.post(
    '/install/preview',
    {
      schema: {
        tags: ['install'],
        summary: 'The YAML of every object the install would create; the key is never included',
        body: InstallPreviewRequest,
        response: { 200: InstallPreview, ...errorResponses },
      },
    },
    async (request) => {
      const objects = installObjects(request.body);
      const secret = privateKeySecret(
        request.body.namespace,
        keyPlaceholders[request.body.keyMode],
      );
      return {
        objects: [
          { kind: 'Namespace', name: request.body.namespace, yaml: stringify(objects.namespace) },
          {
            kind: 'OperatorGroup',
            name: 'windows-machine-config-operator',
            yaml: stringify(objects.operatorGroup),
          },
          {
            kind: 'Subscription',
            name: 'windows-machine-config-operator',
            yaml: stringify(objects.subscription),
          },
          { kind: 'Secret', name: 'cloud-private-key', yaml: stringify(secret) },
        ],
      };
    },
  );

  app.post(
    '/install',
    {
      config: expensiveRouteLimit,
      schema: {
        tags: ['install'],
        summary:
          'Install WMCO and its SSH key; safe to repeat: existing objects are adopted or reported',
        body: InstallRequest,
        response: { 200: InstallResult, ...errorResponses },
      },
    },
    async (request) => installWmco(request.callerKube, request.body),
  );

  app.post(
    '/install/approve',
    {
      schema: {
        tags: ['install'],
        summary: 'Approve a Manual InstallPlan of WMCO',
        body: ApproveRequest,
        response: { 200: Type.Object({ approved: Type.String() }), ...errorResponses },
      },
    },
    async (request) => {
      const state = await readInstallState(request.callerKube);
      if (!state.progress.installPlan && state.unreadable.length > 0) {
        throw new HttpError(
          403,
          `You may not read ${state.unreadable.join(', ')}, so WMCO's InstallPlan cannot be approved by you.`,
        );
      }
      if (state.progress.installPlan?.name !== request.body.installPlan) {
        throw new HttpError(
          404,
          `InstallPlan ${request.body.installPlan} is not WMCO's pending InstallPlan.`,
          'body.installPlan',
        );
      }
      await new CallerClient(request.callerKube).patch(
        kinds.installPlan,
        state.namespace,
        request.body.installPlan,
        {
          spec: { approved: true },
        },
      );
      return { approved: request.body.installPlan };
    },
  );

  app.put(
    '/install/key',
    {
      config: expensiveRouteLimit,
      schema: {
        tags: ['install'],
        summary:
          'Rotate the SSH key in cloud-private-key (WMCO then recreates Machine-backed nodes one by one)',
        body: RotateKeyRequest,
        response: { 200: InstallResult, ...errorResponses },
      },
    },
    async (request) => {
      const state = await readInstallState(request.callerKube);
      return rotateKey(request.callerKube, state.namespace, request.body.key);
    },
  );

  app.get(
    '/uninstall',
    {
      schema: {
        tags: ['install'],
        summary: 'What uninstalling would remove, and what still depends on WMCO',
        response: { 200: UninstallPlan, ...errorResponses },
      },
    },
    async (request) => readUninstallPlan(request.callerKube),
  );

  app.post(
    '/uninstall/operator',
    {
      schema: {
        tags: ['install'],
        summary:
          'Delete the WMCO Subscription and CSV; refused while Windows Machines or BYOH instances exist',
        response: { 200: UninstallResult, ...errorResponses },
      },
    },
    async (request) => uninstallOperator(request.callerKube),
  );

  app.post(
    '/uninstall/namespace',
    {
      schema: {
        tags: ['install'],
        summary: 'Delete the WMCO namespace once the operator is gone',
        response: { 200: UninstallResult, ...errorResponses },
      },
    },
    async (request) => deleteWmcoNamespace(request.callerKube),
  );
};
