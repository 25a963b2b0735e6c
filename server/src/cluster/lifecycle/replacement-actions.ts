import type { V1Pod } from '@kubernetes/client-node';
import type { MachineSet } from '../../domain/openshift-objects';
import { replacesAnnotation } from '../../domain/replacement/machine-set-copy';
import type { ReplacementAction } from '../../domain/replacement/replacement-progress';
import type { ReplacementPlan } from '../../domain/replacement/replacement-record';
import { previewReplacement } from '../../domain/replacement/replacement-plan';
import { machineSetCluster } from '../../domain/machinesets/machine-set-defaults';
import type { WindowsServerVersion } from '../../domain/support/support-matrix';
import { kubernetesFailure } from '../../errors/kubernetes-failure';
import type { KubeApi } from '../api/kube-api';
import { kinds } from '../kinds';
import type { ClusterReader } from '../reader/cluster-reader';
import { isStatus } from '../writes/config-map-change';
import { podsOnNode } from './replacement-observer';
import { readReplacementSource } from './replacement-planner';

/** Why an action failed: the step waits for the user to try again or abort. */
export interface ActionFailure {
  code: string;
  params: Record<string, string | number>;
}

/** A pod a drain evicts: not finished, not being deleted, not a DaemonSet's or a mirror pod. */
function evictable(pod: V1Pod): boolean {
  if (pod.metadata?.deletionTimestamp) return false;
  if (pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') return false;
  if (pod.metadata?.annotations?.['kubernetes.io/config.mirror']) return false;
  return !pod.metadata?.ownerReferences?.some((owner) => owner.kind === 'DaemonSet');
}

/** Creates the new MachineSet from the old one as it is now, by the same rules as the preview. */
async function createMachineSet(
  reader: ClusterReader,
  api: KubeApi,
  plan: ReplacementPlan,
): Promise<ActionFailure | undefined> {
  const { defaults, platform, old } = await readReplacementSource(reader, plan.oldMachineSet);
  const { machineSet, problems } = previewReplacement({
    old,
    platform,
    targetVersion: plan.targetVersion as WindowsServerVersion,
    image: plan.image,
    name: plan.newMachineSet,
    cluster: machineSetCluster(defaults),
  });
  const [problem] = problems;
  if (problem)
    return { code: 'machine-set-invalid', params: { field: problem.field, problem: problem.code } };
  try {
    await api.create(kinds.machineSet, machineSet, { namespace: plan.namespace, strict: true });
  } catch (error) {
    if (!isStatus(error, 409)) throw error;
    // Created by an earlier turn (or another tab): fine if it is ours, refused if it is not.
    const existing = await reader.get<MachineSet>(
      kinds.machineSet,
      plan.newMachineSet,
      plan.namespace,
    );
    if (existing?.metadata?.annotations?.[replacesAnnotation] !== plan.oldMachineSet) {
      return { code: 'name-taken', params: { name: plan.newMachineSet } };
    }
  }
  return undefined;
}

/**
 * Scales through `/scale` with the MachineSet's resourceVersion as precondition (a JSON patch
 * `test`): a concurrent change by someone else makes this one fail instead of silently overriding
 * theirs. `add` sets the replicas whether the Scale shows them or not (it omits 0).
 */
async function scale(
  reader: ClusterReader,
  api: KubeApi,
  plan: ReplacementPlan,
  name: string,
  replicas: number,
): Promise<ActionFailure | undefined> {
  const current = await reader.get<MachineSet>(kinds.machineSet, name, plan.namespace);
  if (!current) return { code: 'machine-set-missing', params: { machineSet: name } };
  await api.patchScale(kinds.machineSet, name, plan.namespace, [
    { op: 'test', path: '/metadata/resourceVersion', value: current.metadata?.resourceVersion },
    { op: 'add', path: '/spec/replicas', value: replicas },
  ]);
  return undefined;
}

/**
 * Evicts the node's pods through the Eviction API as the caller, as `oc adm drain` does: a 429 is
 * a budget allowing no disruption now (the drain waits and tries again on the next turn), a 404 a
 * pod already gone. Pods keep their own grace period.
 */
async function evict(
  reader: ClusterReader,
  api: KubeApi,
  node: string,
): Promise<ActionFailure | undefined> {
  for (const pod of (await podsOnNode(reader, node)).filter(evictable)) {
    try {
      await api.evict(pod.metadata?.name ?? '', pod.metadata?.namespace ?? '');
    } catch (error) {
      if (isStatus(error, 429)) return undefined;
      if (!isStatus(error, 404)) throw error;
    }
  }
  return undefined;
}

async function setSchedulable(
  api: KubeApi,
  nodes: string[],
  schedulable: boolean,
): Promise<ActionFailure | undefined> {
  for (const node of nodes) {
    await api.mergePatch(kinds.node, node, { spec: { unschedulable: schedulable ? null : true } });
  }
  return undefined;
}

/**
 * Does what one turn of a replacement asks, as the caller, reading afresh. Every action can run
 * twice without harm (a resumed replacement, two tabs): a failure the API server reports comes back
 * as the step's failure, with the API server's status and words.
 */
export async function performAction(
  reader: ClusterReader,
  api: KubeApi,
  plan: ReplacementPlan,
  action: ReplacementAction,
): Promise<ActionFailure | undefined> {
  try {
    switch (action.kind) {
      case 'create-machine-set':
        return await createMachineSet(reader, api, plan);
      case 'scale':
        return await scale(reader, api, plan, action.machineSet, action.replicas);
      case 'cordon':
        return await setSchedulable(api, action.nodes, false);
      case 'uncordon':
        return await setSchedulable(api, action.nodes, true);
      case 'evict':
        return await evict(reader, api, action.node);
      default:
        return undefined;
    }
  } catch (error) {
    const failure = kubernetesFailure(error);
    if (!failure) throw error;
    return {
      code: 'api-server-refused',
      params: { status: failure.statusCode, message: failure.message },
    };
  }
}
