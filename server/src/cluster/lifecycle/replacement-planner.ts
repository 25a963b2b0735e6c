import type { V1PodDisruptionBudget } from '@kubernetes/client-node';
import type { ReplacementPreview, ReplacementRequest } from '../../../contract/replacement';
import {
  deriveCompatibility,
  workloadKey,
  workloadVerdict,
} from '../../domain/lifecycle/compatibility';
import type { ImageAnswer } from '../../domain/lifecycle/image-compatibility';
import { machineSetCluster } from '../../domain/machinesets/machine-set-defaults';
import { machineSetYaml } from '../../domain/machinesets/machine-set-yaml';
import { machineSetPlatform } from '../../domain/machinesets/platform-table';
import { isWindowsMachineSet } from '../../domain/machinesets/windows-machine-set';
import type { MachineSet } from '../../domain/openshift-objects';
import { affectedWorkloads } from '../../domain/replacement/affected-workloads';
import type { MachineSetObject } from '../../domain/replacement/machine-set-copy';
import { replacementBlockers } from '../../domain/replacement/replacement-blockers';
import { previewReplacement, replacementName } from '../../domain/replacement/replacement-plan';
import { windowsServerReleases } from '../../domain/support/support-matrix';
import { wmcoNames } from '../../domain/wmco-names';
import { HttpError } from '../../errors/http-error';
import type { RegistryReader } from '../../registry/registry-reader';
import type { KubeApi } from '../api/kube-api';
import { kinds } from '../kinds';
import { readMachineSetDefaults } from '../machinesets/machine-set-reader';
import { readWindowsMachines } from '../nodes/windows-nodes';
import type { ClusterReader } from '../reader/cluster-reader';
import { isStatus } from '../writes/config-map-change';
import { clusterFacts } from '../workloads/scheduling-reader';
import { podsOnNode } from './replacement-observer';
import { readWindowsWorkloads, readWorkloadImages } from './workload-images';

const namespace = wmcoNames.machineApiNamespace;
const notRead: ImageAnswer = { ok: false, failure: { code: 'unreachable', params: {} } };

export interface PlannedReplacement {
  preview: ReplacementPreview;
  /** The new MachineSet as the create step makes it. */
  machineSet: MachineSetObject;
}

/** The old Windows MachineSet and the platform rules a copy of it is checked by, read afresh. */
export async function readReplacementSource(reader: ClusterReader, machineSet: string) {
  const defaults = await readMachineSetDefaults(reader);
  const platform = machineSetPlatform(defaults.platform);
  if (!defaults.platform)
    throw new HttpError(403, { code: 'infrastructure-unreadable', params: {} });
  if (!platform) {
    throw new HttpError(400, {
      code: 'platform-without-machine-sets',
      params: { platform: defaults.platform },
    });
  }
  const old = await reader.get<MachineSet>(kinds.machineSet, machineSet, namespace);
  if (!old) {
    const code = reader.isUnreadable(kinds.machineSet)
      ? 'machine-set-unreadable'
      : 'machine-set-not-found';
    throw new HttpError(
      code === 'machine-set-unreadable' ? 403 : 404,
      { code, params: { name: machineSet } },
      'body.machineSet',
    );
  }
  if (!isWindowsMachineSet(old)) {
    throw new HttpError(
      400,
      { code: 'not-windows-machine-set', params: { name: machineSet } },
      'body.machineSet',
    );
  }
  return { defaults, platform, old: old as MachineSetObject };
}

/** Whether the API server would take the new MachineSet (schema, RBAC, a name not taken yet). */
async function dryRunProblems(api: KubeApi, machineSet: MachineSetObject) {
  try {
    await api.create(kinds.machineSet, machineSet, { namespace, dryRun: 'All', strict: true });
    return [];
  } catch (error) {
    if (isStatus(error, 409)) return [{ field: 'name', code: 'name-taken', params: {} }];
    throw error;
  }
}

/**
 * What moving `request.machineSet` to the target image would do and what stops it, read afresh as
 * the caller, changing nothing: the new MachineSet under the platform's rules and the API server's
 * dry run, the workloads its nodes can take with their images judged on the target build (read
 * with their pull secrets), those pinned to the old build, and budgets no drain can satisfy.
 */
export async function planReplacement(
  reader: ClusterReader,
  api: KubeApi,
  registry: RegistryReader,
  request: ReplacementRequest,
  now: string,
): Promise<PlannedReplacement> {
  const { defaults, platform, old } = await readReplacementSource(reader, request.machineSet);
  const name =
    request.name ?? replacementName(request.machineSet, request.targetVersion, platform.nameLimit);
  const { machineSet, problems } = previewReplacement({
    old,
    platform,
    targetVersion: request.targetVersion,
    image: request.image,
    name,
    cluster: machineSetCluster(defaults),
  });
  const targetBuild =
    windowsServerReleases.find((release) => release.version === request.targetVersion)?.build ?? '';
  const [machines, { workloads, scheduling }] = await Promise.all([
    readWindowsMachines(reader),
    readWindowsWorkloads(reader),
  ]);
  const oldNodes = machines
    .filter((m) => m.metadata?.labels?.[wmcoNames.machineSetLabel] === request.machineSet)
    .flatMap((m) => m.status?.nodeRef?.name ?? [])
    .sort();
  const nodes = clusterFacts(scheduling).windowsNodes ?? [];
  const { affected, stranded } = affectedWorkloads(
    workloads,
    scheduling.runtimeClasses,
    nodes,
    new Set(oldNodes),
    targetBuild,
  );
  const [{ answers, hidden }, pods, budgets] = await Promise.all([
    readWorkloadImages(reader, registry, affected),
    Promise.all(oldNodes.map((node) => podsOnNode(reader, node))),
    reader.list<V1PodDisruptionBudget>(kinds.podDisruptionBudget),
  ]);
  const { blockers, warnings } = replacementBlockers({
    targetVersion: request.targetVersion,
    platform: defaults.platform,
    wmcoVersion: defaults.wmco.version,
    architecture: 'amd64',
    workloads: affected.map((workload) => {
      const key = workloadKey(workload);
      return {
        workload: key,
        images: workload.images.map(({ container, image }) => ({
          container,
          image,
          answer: answers.get(key)?.get(image) ?? notRead,
        })),
      };
    }),
    stranded,
    pods: pods.flat().map((pod) => ({
      namespace: pod.metadata?.namespace ?? '',
      labels: pod.metadata?.labels ?? {},
    })),
    budgets: budgets ?? [],
  });
  const shown = deriveCompatibility({
    workloads: affected,
    answers,
    hiddenSecrets: hidden,
    placements: new Map(),
    nodeBuilds: [],
    architecture: 'amd64',
    unreadable: [],
  }).workloads;
  return {
    machineSet,
    preview: {
      plan: {
        namespace,
        oldMachineSet: request.machineSet,
        newMachineSet: name,
        replicas: typeof old.spec?.replicas === 'number' ? old.spec.replicas : 0,
        targetVersion: request.targetVersion,
        image: { ...request.image },
        startedAt: now,
      },
      yaml: machineSetYaml(machineSet),
      problems: problems.length > 0 ? problems : await dryRunProblems(api, machineSet),
      blockers,
      warnings,
      affected: shown.map((workload) => ({
        workload: workloadKey(workload),
        verdict: workloadVerdict(workload, targetBuild),
      })),
      oldNodes,
      unreadable: reader.unreadable(),
    },
  };
}
