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
import { LogRotationSettings, LogRotationState } from '../../contract/log-rotation';
import { MonitoringRestartResult } from '../../contract/monitoring';
import { readInstallState } from '../cluster/install/install-state-reader';
import { writeLogRotation } from '../cluster/install/log-rotation-writer';
import { enableMonitoring } from '../cluster/install/monitoring-enabler';
import { kinds } from '../cluster/kinds';
import { installWmco, rotateKey } from '../cluster/install/wmco-installer';
import {
  deleteWmcoNamespace,
  readUninstallPlan,
  uninstallOperator,
} from '../cluster/install/wmco-uninstaller';
import { installObjects, privateKeySecret } from '../domain/install/install-objects';
import { HttpError } from '../errors/http-error';
import { registerLiveView } from '../http/live-view';
import { expensiveRouteLimit } from '../http/request-limits';
import { errorResponses, routeOptions } from '../http/route-schemas';

/** What the preview's Secret holds instead of the key (the wizard says what each means). */
const keyPlaceholders = {
  generate: '<generated-on-install>',
  upload: '<uploaded-key>',
  keep: '<stored-key>',
} as const;

export const installRoutes: FastifyPluginAsyncTypebox = async (app) => {
  registerLiveView(app, {
    name: 'install',
    path: '/install',
    tags: ['install'],
    summary: 'Install choices offered by the cluster, what exists already, and progress',
    response: InstallState,
    kinds: [
      kinds.subscription,
      kinds.catalogSource,
      kinds.packageManifest,
      kinds.namespace,
      kinds.operatorGroup,
      kinds.installPlan,
      kinds.clusterServiceVersion,
      kinds.secret,
      kinds.node,
      kinds.machine,
      kinds.configMap,
    ],
    read: readInstallState,
  });

  app.post(
    '/install/preview',
    routeOptions(
      ['install'],
      'The YAML of every object the install would create; the key is never included',
      { body: InstallPreviewRequest, response: InstallPreview },
    ),
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
    async (request) => installWmco(request.reader.fresh(), request.body),
  );

  app.post(
    '/install/approve',
    routeOptions(['install'], 'Approve a Manual InstallPlan of WMCO', {
      body: ApproveRequest,
      response: Type.Object({ approved: Type.String() }),
    }),
    async (request) => {
      const state = await readInstallState(request.reader.fresh());
      if (!state.progress.installPlan && state.unreadable.length > 0) {
        const params = { resources: state.unreadable };
        throw new HttpError(403, { code: 'install-plan-unreadable', params });
      }
      if (state.progress.installPlan?.name !== request.body.installPlan) {
        const params = { installPlan: request.body.installPlan };
        throw new HttpError(404, { code: 'not-pending-install-plan', params }, 'body.installPlan');
      }
      await request.kubeApi.mergePatch(
        kinds.installPlan,
        request.body.installPlan,
        { spec: { approved: true } },
        state.namespace,
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
      const reader = request.reader.fresh();
      const state = await readInstallState(reader);
      return rotateKey(reader, state.namespace, request.body.key);
    },
  );

  app.put(
    '/install/log-rotation',
    routeOptions(
      ['install'],
      "Set WMCO's service log rotation in its Subscription's env (WMCO then reconfigures the Windows nodes one at a time); a field left out is removed",
      { body: LogRotationSettings, response: LogRotationState },
    ),
    async (request) =>
      writeLogRotation(request.reader.fresh(), request.kubeApi, app.writeQueue, request.body),
  );

  app.post(
    '/install/monitoring',
    routeOptions(
      ['install'],
      "Label WMCO's namespace openshift.io/cluster-monitoring=true if it is not, and restart WMCO's pod so that it configures the Windows node metrics (nodes are not touched)",
      { response: MonitoringRestartResult },
    ),
    async (request) => enableMonitoring(request.reader.fresh(), request.kubeApi),
  );

  app.get(
    '/uninstall',
    routeOptions(['install'], 'What uninstalling would remove, and what still depends on WMCO', {
      response: UninstallPlan,
    }),
    async (request) => readUninstallPlan(request.reader.fresh()),
  );

  app.post(
    '/uninstall/operator',
    routeOptions(
      ['install'],
      'Delete the WMCO Subscription and CSV; refused while Windows Machines or BYOH instances exist',
      { response: UninstallResult },
    ),
    async (request) => uninstallOperator(request.reader.fresh()),
  );

  app.post(
    '/uninstall/namespace',
    routeOptions(['install'], 'Delete the WMCO namespace once the operator is gone', {
      response: UninstallResult,
    }),
    async (request) => deleteWmcoNamespace(request.reader.fresh()),
  );
};
