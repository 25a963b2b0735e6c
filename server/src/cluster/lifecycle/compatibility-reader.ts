import type { CompatibilityResponse } from '../../../contract/lifecycle';
import { deriveCompatibility, workloadKey } from '../../domain/lifecycle/compatibility';
import { placeableNodes } from '../../domain/lifecycle/windows-workloads';
import { wmcoNames } from '../../domain/wmco-names';
import type { RegistryReader } from '../../registry/registry-reader';
import type { ClusterReader } from '../reader/cluster-reader';
import { clusterFacts } from '../workloads/scheduling-reader';
import { readWindowsWorkloads, readWorkloadImages } from './workload-images';

/**
 * Whether each Windows workload's images run on each build: the nodes' builds, and those a
 * MachineSet could move to. Read as the caller, images with the workloads' own pull secrets.
 */
export async function readCompatibility(
  reader: ClusterReader,
  registry: RegistryReader,
): Promise<CompatibilityResponse> {
  const { workloads, scheduling } = await readWindowsWorkloads(reader);
  const { answers, hidden } = await readWorkloadImages(reader, registry, workloads);
  const nodes = clusterFacts(scheduling).windowsNodes ?? [];
  const placements = new Map(
    workloads.map((workload) => [
      workloadKey(workload),
      placeableNodes(workload.facts, scheduling.runtimeClasses, nodes).map((node) => node.name),
    ]),
  );
  const nodeBuilds = [
    ...new Set(nodes.flatMap((node) => node.labels[wmcoNames.windowsBuildLabel] ?? [])),
  ];
  const architecture =
    nodes.map((node) => node.labels['kubernetes.io/arch']).find(Boolean) ?? 'amd64';
  return deriveCompatibility({
    workloads,
    answers,
    hiddenSecrets: hidden,
    placements,
    nodeBuilds,
    architecture,
    unreadable: reader.unreadable(),
  });
}
