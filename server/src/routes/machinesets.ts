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
import { readMachineSetDefaults, readWindowsMachineSets } from '../cluster/machine-set-reader';
import {
  createWindowsMachineSet,
  deleteWindowsMachineSet,
  removeWindowsMachine,
  scaleWindowsMachineSet,
} from '../cluster/machine-set-writer';
import { watchPaths } from '../cluster/watch-paths';
import { streamLive } from '../http/live-stream';
import { errorResponses } from '../http/route-schemas';

const tags = ['machinesets'];

export const machineSetsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/machinesets',
    {
      schema: {
        tags,
        summary:
          'Windows MachineSets with desired/current/ready/available, their Machines and Nodes',
        response: { 200: WindowsMachineSetsResponse, ...errorResponses },
      },
    },
    async (request) => readWindowsMachineSets(request.callerKube, request.server.cachedReads),
  );

  app.get(
    '/machinesets/events',
    {
      schema: {
        tags,
        summary: 'The Windows MachineSets as server-sent events (`snapshot`), sent again on change',
        produces: ['text/event-stream'],
      },
    },
    async (request, reply) => {
      streamLive(request, reply, {
        compute: () => readWindowsMachineSets(request.callerKube, request.server.cachedReads),
        watchPaths: [watchPaths.machineSets, watchPaths.machines, watchPaths.windowsNodes],
      });
    },
  );

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
    async (request) => readMachineSetDefaults(request.callerKube, request.server.cachedReads),
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
    async (request) => createWindowsMachineSet(request.callerKube, request.body),
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
      scaleWindowsMachineSet(request.callerKube, request.params.name, request.body.replicas),
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
        request.callerKube,
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
    async (request) => deleteWindowsMachineSet(request.callerKube, request.params.name),
  );
};
