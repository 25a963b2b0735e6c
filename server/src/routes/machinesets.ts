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
import { errorResponses } from '../http/route-schemas';

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
    {
      schema: {
        tags,
        summary:
          'What the wizard starts from: platform, infrastructure ID, WMCO version, Windows Server versions allowed, and the Linux worker MachineSets’ values',
        response: { 200: MachineSetDefaults, ...errorResponses },
      },
    },
    async (request) => readMachineSetDefaults(request.reader),
  );

  app.post(
    '/machinesets',
    {
      schema: {
        tags,
        summary:
          'Create a Windows MachineSet from reviewed YAML: validated, dry-run by the API server, then created',
        body: CreateMachineSetRequest,
        response: { 200: CreateMachineSetResult, ...errorResponses },
      },
    },
    async (request) => createWindowsMachineSet(request.reader, request.kubeApi, request.body),
  );

  app.put(
    '/machinesets/:name/scale',
    {
      schema: {
        tags,
        summary: 'Set the replicas of a Windows MachineSet through its /scale subresource',
        params: MachineSetParams,
        body: ScaleRequest,
        response: { 200: ScaleResult, ...errorResponses },
      },
    },
    async (request) =>
      scaleWindowsMachineSet(request.kubeApi, request.params.name, request.body.replicas),
  );

  app.post(
    '/machinesets/:name/machines/:machine/removal',
    {
      schema: {
        tags,
        summary:
          'Remove one Machine: marked delete-machine and scaled down by one, or deleted and replaced',
        params: MachineParams,
        body: MachineRemovalRequest,
        response: { 200: MachineRemovalResult, ...errorResponses },
      },
    },
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
    {
      schema: {
        tags,
        summary: 'Delete a Windows MachineSet; refused while it has replicas or machines',
        params: MachineSetParams,
        response: { 200: DeleteMachineSetResult, ...errorResponses },
      },
    },
    async (request) => deleteWindowsMachineSet(request.kubeApi, request.params.name),
  );
};
