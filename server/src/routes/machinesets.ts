import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateMachineSetRequest,
  CreateMachineSetResult,
  DeleteMachineSetResult,
  MachineParams,
  MachineRemovalRequest,
  MachineRemovalResult,
  MachineSetDefaults,
  MachineSetParams,
  ScaleRequest,
  ScaleResult,
  WindowsMachineSetsResponse,
} from '../../contract/machinesets';
import {
  readMachineSetDefaults,
  readWindowsMachineSets,
} from '../cluster/machinesets/machine-set-reader';
import {
  createWindowsMachineSet,
  deleteWindowsMachineSet,
  removeWindowsMachine,
  scaleWindowsMachineSet,
} from '../cluster/machinesets/machine-set-writer';
import { kinds } from '../cluster/kinds';
import { registerLiveView } from '../http/live-view';
import { routeOptions } from '../http/route-schemas';

const tags = ['machinesets'];

export const machineSetsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  registerLiveView(app, {
    name: 'machinesets',
    path: '/machinesets',
    tags,
    summary: 'Windows MachineSets with desired/current/ready/available, their Machines and Nodes',
    response: WindowsMachineSetsResponse,
    kinds: [kinds.machineSet, kinds.machine, kinds.node],
    read: readWindowsMachineSets,
  });

  app.get(
    '/machinesets/defaults',
    routeOptions(
      tags,
      'What the wizard starts from: platform, infrastructure ID, WMCO version, Windows Server versions allowed, and the Linux worker MachineSets’ values',
      { response: MachineSetDefaults },
    ),
    async (request) => readMachineSetDefaults(request.reader),
  );

  app.post(
    '/machinesets',
    routeOptions(
      tags,
      'Create a Windows MachineSet from reviewed YAML: validated, dry-run by the API server, then created',
      { body: CreateMachineSetRequest, response: CreateMachineSetResult },
    ),
    async (request) => createWindowsMachineSet(request.reader, request.kubeApi, request.body),
  );

  app.put(
    '/machinesets/:name/scale',
    routeOptions(tags, 'Set the replicas of a Windows MachineSet through its /scale subresource', {
      params: MachineSetParams,
      body: ScaleRequest,
      response: ScaleResult,
    }),
    async (request) =>
      scaleWindowsMachineSet(request.kubeApi, request.params.name, request.body.replicas),
  );

  app.post(
    '/machinesets/:name/machines/:machine/removal',
    routeOptions(
      tags,
      'Remove one Machine: marked delete-machine and scaled down by one, or deleted and replaced',
      { params: MachineParams, body: MachineRemovalRequest, response: MachineRemovalResult },
    ),
    async (request) =>
      removeWindowsMachine(
        request.kubeApi,
        request.params.name,
        request.params.machine,
        request.body,
      ),
  );

  app.delete(
    '/machinesets/:name',
    routeOptions(tags, 'Delete a Windows MachineSet; refused while it has replicas or machines', {
      params: MachineSetParams,
      response: DeleteMachineSetResult,
    }),
    async (request) => deleteWindowsMachineSet(request.kubeApi, request.params.name),
  );
};
