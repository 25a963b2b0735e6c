import type {
  registryFailureCodes,
  CompatibilityResponse,
  ImageVerdict,
  WindowsWorkload as ShownWorkload,
  WorkloadImage,
} from '../../../contract/lifecycle';
import { windowsServerReleaseOfBuild, windowsServerReleases } from '../support/support-matrix';
import { imageRunsOn, type ImageAnswer, type ImagePlatform } from './image-compatibility';
import type { WindowsWorkload } from './windows-workloads';

/** What the compatibility document is derived from. */
export interface CompatibilityReadout {
  workloads: readonly WindowsWorkload[];
  /** Each workload's images as read with its pull secrets, by `namespace/Kind/name` then image. */
  answers: ReadonlyMap<string, ReadonlyMap<string, ImageAnswer>>;
  /** Each workload's pull secrets the caller may not read, by `namespace/Kind/name`. */
  hiddenSecrets: ReadonlyMap<string, readonly string[]>;
  /** The Windows nodes each workload can be placed on now, by `namespace/Kind/name`. */
  placements: ReadonlyMap<string, readonly string[]>;
  /** The builds the Windows nodes run (`10.0.20348`). */
  nodeBuilds: readonly string[];
  /** The nodes' architecture: what a runtime picks an image entry by. */
  architecture: string;
  unreadable: string[];
}

export function workloadKey(workload: { namespace: string; kind: string; name: string }): string {
  return `${workload.namespace}/${workload.kind}/${workload.name}`;
}

function platformText(platform: ImagePlatform): string {
  const os = `${platform.os}/${platform.architecture}${platform.variant ? `/${platform.variant}` : ''}`;
  return platform.osVersion ? `${os} ${platform.osVersion}` : os;
}

function shownImage(
  container: string,
  image: string,
  answer: ImageAnswer | undefined,
  builds: readonly string[],
  architecture: string,
): WorkloadImage {
  if (!answer?.ok) {
    const failure = answer?.failure ?? { code: 'unreachable', params: {} };
    return {
      container,
      image,
      failure: {
        code: failure.code as (typeof registryFailureCodes)[number],
        params: failure.params,
      },
      platforms: [],
      verdicts: builds.map((build) => ({ build, verdict: 'unknown' })),
    };
  }
  return {
    container,
    image,
    digest: answer.digest,
    platforms: answer.description.platforms.map(platformText),
    verdicts: builds.map((build) => {
      const { verdict, code } = imageRunsOn(answer.description, { build, architecture });
      return { build, verdict, code };
    }),
  };
}

/**
 * Every Windows workload with each of its images judged on every build that matters: those the
 * nodes run and those of each Windows Server version a MachineSet could move to. An image its
 * registry could not describe is unknown everywhere, with the registry's reason; nothing else fails.
 */
export function deriveCompatibility(readout: CompatibilityReadout): CompatibilityResponse {
  const onNodes = new Set(readout.nodeBuilds);
  const builds = [
    ...new Set([...readout.nodeBuilds, ...windowsServerReleases.map((r) => r.build)]),
  ].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const workloads: ShownWorkload[] = readout.workloads.map((workload) => {
    const key = workloadKey(workload);
    const answers = readout.answers.get(key);
    return {
      kind: workload.kind,
      namespace: workload.namespace,
      name: workload.name,
      images: workload.images.map(({ container, image }) =>
        shownImage(container, image, answers?.get(image), builds, readout.architecture),
      ),
      nodes: [...(readout.placements.get(key) ?? [])],
      unreadable: [...(readout.hiddenSecrets.get(key) ?? [])],
    };
  });
  return {
    builds: builds.map((build) => ({
      build,
      version: windowsServerReleaseOfBuild(build)?.version,
      onNodes: onNodes.has(build),
    })),
    workloads,
    unreadable: readout.unreadable,
  };
}

const severity: Record<ImageVerdict, number> = { 'does-not-run': 0, unknown: 1, runs: 2 };

/** Whether all of a workload's containers start on a build: the worst of its images. */
export function workloadVerdict(workload: ShownWorkload, build: string): ImageVerdict {
  const verdicts = workload.images.map(
    (image) => image.verdicts.find((v) => v.build === build)?.verdict ?? 'unknown',
  );
  return verdicts.reduce<ImageVerdict>(
    (worst, verdict) => (severity[verdict] < severity[worst] ? verdict : worst),
    'runs',
  );
}

/** The workloads as a planned move to `build` sees them: those that break first, then the unknown. */
export function breakingFirst(workloads: readonly ShownWorkload[], build: string): ShownWorkload[] {
  return [...workloads].sort(
    (a, b) => severity[workloadVerdict(a, build)] - severity[workloadVerdict(b, build)],
  );
}
