import type { ImageAnswer } from '../../domain/lifecycle/image-compatibility';
import { workloadKey } from '../../domain/lifecycle/compatibility';
import type { PullIdentity } from '../../domain/lifecycle/pull-identity';
import {
  windowsWorkloads,
  type WindowsWorkload,
  type WorkloadList,
} from '../../domain/lifecycle/windows-workloads';
import type { RegistryReader } from '../../registry/registry-reader';
import { forEachBounded } from '../../ssh/bounded-parallel';
import { kinds, type KindEntry } from '../kinds';
import type { ClusterReader } from '../reader/cluster-reader';
import {
  clusterFacts,
  readSchedulingFacts,
  type WindowsSchedulingFacts,
} from '../workloads/scheduling-reader';
import { readPullSecrets, type PullSecrets } from './pull-secrets';

/** The kinds of workloads whose pods may land on Windows nodes; bare pods count too. */
const workloadKinds: readonly [string, KindEntry][] = [
  ['Deployment', kinds.deployment],
  ['StatefulSet', kinds.statefulSet],
  ['DaemonSet', kinds.daemonSet],
  ['Pod', kinds.pod],
];

/** Registries read at once: enough to hide their latency, few enough to be a polite client. */
const registryConcurrency = 8;

export interface WindowsWorkloadsRead {
  workloads: WindowsWorkload[];
  scheduling: WindowsSchedulingFacts;
}

/** Every workload the caller may read that can land on Windows nodes, by the checker's rules. */
export async function readWindowsWorkloads(reader: ClusterReader): Promise<WindowsWorkloadsRead> {
  const [scheduling, ...lists] = await Promise.all([
    readSchedulingFacts(reader),
    ...workloadKinds.map(async ([kind, entry]): Promise<WorkloadList> => ({
      kind,
      items: (await reader.list<object>(entry)) ?? [],
    })),
  ]);
  return { workloads: windowsWorkloads(lists, clusterFacts(scheduling)), scheduling };
}

export interface ImageReadings {
  /** By workload (`namespace/Kind/name`), then image reference. */
  answers: Map<string, Map<string, ImageAnswer>>;
  /** Pull secrets and service accounts the caller may not read, by workload. */
  hidden: Map<string, string[]>;
}

/**
 * The images of the workloads as their registries describe them, each read with the pull secrets
 * its pods would pull with (read as the caller; workloads sharing a service account share the
 * read). A registry's failure is that image's answer; none stops the others.
 */
export async function readWorkloadImages(
  reader: ClusterReader,
  registry: RegistryReader,
  workloads: readonly WindowsWorkload[],
): Promise<ImageReadings> {
  const secrets = new Map<string, Promise<PullSecrets>>();
  const secretsOf = (identity: PullIdentity) => {
    const key = JSON.stringify(identity);
    let read = secrets.get(key);
    if (!read) {
      read = readPullSecrets(reader, identity);
      secrets.set(key, read);
    }
    return read;
  };
  const answers = new Map<string, Map<string, ImageAnswer>>();
  const hidden = new Map<string, string[]>();
  await forEachBounded(workloads, registryConcurrency, async (workload) => {
    const { keyring, unreadable } = await secretsOf(workload.identity);
    const images = new Map<string, ImageAnswer>();
    for (const { image } of workload.images) {
      if (!images.has(image)) images.set(image, await registry.read(image, keyring));
    }
    answers.set(workloadKey(workload), images);
    hidden.set(workloadKey(workload), unreadable);
  });
  return { answers, hidden };
}
