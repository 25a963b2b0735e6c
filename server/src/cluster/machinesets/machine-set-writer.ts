import type {
  CreateMachineSetRequest,
  CreateMachineSetResult,
  MachineRemovalRequest,
  MachineRemovalResult,
  MachineSetProblem,
  ScaleResult,
} from '../../../contract/machinesets';
import { machineSetCluster } from '../../domain/machinesets/machine-set-defaults';
import { validateWindowsMachineSet } from '../../domain/machinesets/machine-set-validation';
import { readMachineSetYaml } from '../../domain/machinesets/machine-set-yaml';
import { textAt } from '../../domain/machinesets/object-path';
import { isWindowsMachineSet } from '../../domain/machinesets/windows-machine-set';
import { wmcoNames } from '../../domain/wmco-names';
import { HttpError } from '../../errors/http-error';
import type { KubeApi } from '../api/kube-api';
import { kinds } from '../kinds';
import type { ClusterReader } from '../reader/cluster-reader';
import { readMachineSetDefaults } from './machine-set-reader';
import type { Machine, MachineSet } from '../../domain/openshift-objects';

const namespace = wmcoNames.machineApiNamespace;

function invalidMachineSet(problems: MachineSetProblem[], field: string): HttpError {
  const params = { count: problems.length };
  return new HttpError(400, { code: 'machine-set-invalid', params }, { field, problems });
}

function parseMachineSet(yaml: string): unknown {
  const read = readMachineSetYaml(yaml);
  if ('problem' in read) {
    throw invalidMachineSet([read.problem], 'body.yaml');
  }
  return read.object;
}

/**
 * Creates a reviewed Windows MachineSet as the caller: the wizard's rules again on the server, then the
 * API server's dry run (schema, RBAC, name taken), then the real create. `dryRun` stops after the check.
 */
export async function createWindowsMachineSet(
  reader: ClusterReader,
  api: KubeApi,
  request: CreateMachineSetRequest,
): Promise<CreateMachineSetResult> {
  const object = parseMachineSet(request.yaml);
  // Checked against what the API server holds now, not what the watch cache has seen.
  const defaults = await readMachineSetDefaults(reader.fresh());
  if (!defaults.platform) {
    throw new HttpError(403, { code: 'infrastructure-unreadable', params: {} });
  }
  const problems = validateWindowsMachineSet(
    object,
    request.windowsServer,
    machineSetCluster(defaults),
  );
  const [first] = problems;
  if (first) {
    throw invalidMachineSet(
      problems,
      first.field === 'windowsServer' ? 'body.windowsServer' : `body.yaml.${first.field}`,
    );
  }
  const create = (dryRun?: 'All') =>
    api.create(kinds.machineSet, object as object, { namespace, dryRun, strict: true });
  await create('All');
  if (!request.dryRun) await create();
  return { name: textAt(object, 'metadata.name'), created: !request.dryRun };
}

/** This page acts on Windows MachineSets only, never on the cluster's Linux workers. */
async function windowsMachineSet(api: KubeApi, name: string): Promise<MachineSet> {
  const machineSet = await api.get<MachineSet>(kinds.machineSet, name, namespace);
  if (!isWindowsMachineSet(machineSet)) {
    throw new HttpError(400, { code: 'not-windows-machine-set', params: { name } }, 'params.name');
  }
  return machineSet;
}

function scale(api: KubeApi, name: string, patch: object[]): Promise<unknown> {
  return api.patchScale(kinds.machineSet, name, namespace, patch);
}

/** Guide 6.4: scaling goes through the MachineSet's `/scale` subresource, as `oc scale` does. */
export async function scaleWindowsMachineSet(
  api: KubeApi,
  name: string,
  replicas: number,
): Promise<ScaleResult> {
  await windowsMachineSet(api, name);
  await scale(api, name, [{ op: 'replace', path: '/spec/replicas', value: replicas }]);
  return { name, replicas };
}

/**
 * Guide 6.4 and 9.1: remove one Machine, either marked `delete-machine` and the set scaled down by one
 * (it stays smaller), or deleted outright (the set replaces it). `skipDrain` marks it
 * `exclude-node-draining`, so a drain that cannot finish does not block the deletion.
 */
export async function removeWindowsMachine(
  api: KubeApi,
  name: string,
  machineName: string,
  request: MachineRemovalRequest,
): Promise<MachineRemovalResult> {
  const machineSet = await windowsMachineSet(api, name);
  const machine = await api.get<Machine>(kinds.machine, machineName, namespace);
  if (machine.metadata?.labels?.[wmcoNames.machineSetLabel] !== name) {
    const params = { machine: machineName, machineSet: name };
    throw new HttpError(404, { code: 'machine-not-in-set', params }, 'params.machine');
  }
  const annotations = {
    ...(request.skipDrain ? { [wmcoNames.excludeNodeDrainingAnnotation]: '' } : {}),
    ...(request.mode === 'scale-down' ? { [wmcoNames.deleteMachineAnnotation]: 'true' } : {}),
  };
  if (Object.keys(annotations).length > 0) {
    await api.mergePatch(kinds.machine, machineName, { metadata: { annotations } }, namespace);
  }
  const replicas = machineSet.spec?.replicas ?? 0;
  if (request.mode === 'delete') {
    await api.delete(kinds.machine, machineName, namespace);
    return { machine: machineName, mode: request.mode, replicas };
  }
  const fewer = Math.max(0, replicas - 1);
  await scale(api, name, [
    { op: 'test', path: '/spec/replicas', value: replicas },
    { op: 'replace', path: '/spec/replicas', value: fewer },
  ]);
  return { machine: machineName, mode: request.mode, replicas: fewer };
}

/** Deleting a MachineSet with machines would delete them all at once: it must be scaled to 0 first. */
export async function deleteWindowsMachineSet(
  api: KubeApi,
  name: string,
): Promise<{ deleted: string }> {
  const machineSet = await windowsMachineSet(api, name);
  const replicas = machineSet.spec?.replicas ?? 0;
  if (replicas > 0) {
    const params = { name, count: replicas };
    throw new HttpError(409, { code: 'machine-set-has-replicas', params });
  }
  const machines = await api.list<Machine>(kinds.machine, {
    namespace,
    labelSelector: `${wmcoNames.machineSetLabel}=${name}`,
  });
  if (machines.length > 0) {
    const params = { name, count: machines.length };
    throw new HttpError(409, { code: 'machine-set-machines-remain', params });
  }
  await api.delete(kinds.machineSet, name, namespace);
  return { deleted: name };
}
