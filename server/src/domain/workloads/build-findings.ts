import type { V1RuntimeClass } from '@kubernetes/client-node';
import { windowsServerReleaseOfBuild } from '../support/support-matrix';
import { imageWindowsRelease } from './image-name';
import { tolerates, windowsTaint } from './node-scheduling';
import { defaultRuntimeClassName, targetBuild } from './runtime-class';
import type { ClusterFacts, WorkloadFinding } from './workload-check-result';
import type { ContainerFacts } from './workload-object';

type Fix = WorkloadFinding['fix'];

/** The RuntimeClass that targets a build with the Windows taint tolerated, to suggest as a fix. */
function runtimeClassFor(build: string, runtimeClasses: readonly V1RuntimeClass[] | undefined) {
  return runtimeClasses?.find(
    (rc) =>
      targetBuild(rc) === build &&
      (rc.scheduling?.tolerations ?? []).some((t) => tolerates(t, windowsTaint)),
  )?.metadata?.name;
}

/**
 * Set the existing RuntimeClass of a build, or create one; `orTolerate` adds the toleration as an
 * option. Never for a build no Windows node runs (`builds`, when the nodes could be read): a
 * RuntimeClass for it would select no node, so the fix says so and names the builds there are.
 */
export function suggestRuntimeClass(
  build: string,
  cluster: ClusterFacts,
  orTolerate: boolean,
  builds: readonly string[] | undefined,
): Fix {
  if (builds && !builds.includes(build)) {
    return {
      code: orTolerate ? 'no-node-runs-build-or-tolerate' : 'no-node-runs-build',
      params: { build, builds: [...builds] },
    };
  }
  const existing = runtimeClassFor(build, cluster.runtimeClasses);
  if (existing) {
    return {
      code: orTolerate ? 'set-runtime-class-or-tolerate' : 'set-runtime-class',
      params: { runtimeClass: existing, build },
    };
  }
  return {
    code: orTolerate ? 'create-runtime-class-or-tolerate' : 'create-runtime-class',
    params: { build, name: defaultRuntimeClassName(build) },
  };
}

/** The image tags of builds, or the builds themselves where the matrix knows no tag. */
function imageTags(builds: string[]): string[] {
  return builds.map((build) => windowsServerReleaseOfBuild(build)?.imageTag ?? build);
}

/** Containers whose image is built for a Windows build none of the workload's nodes run. */
export function imageBuildFindings(
  containers: ContainerFacts[],
  cluster: ClusterFacts,
  poolBuilds: string[],
  allBuilds: string[],
): WorkloadFinding[] {
  return containers.flatMap((container): WorkloadFinding[] => {
    const release = container.image ? imageWindowsRelease(container.image) : undefined;
    if (!container.image || !release || poolBuilds.includes(release.build)) return [];
    const tags = imageTags(poolBuilds);
    const build = release.build;
    const suggestion = suggestRuntimeClass(build, cluster, false, allBuilds);
    return [
      {
        id: 'image-build-mismatch',
        severity: 'blocked',
        container: container.name,
        code: 'image-build-mismatch',
        params: {
          container: container.name,
          image: container.image,
          imageTag: release.imageTag,
          build,
          poolBuilds,
        },
        fix: !allBuilds.includes(build)
          ? { code: 'use-tag-for-nodes', params: { tags, build } }
          : suggestion.code === 'set-runtime-class'
            ? { code: 'use-tag-or-set-runtime-class', params: { tags, ...suggestion.params } }
            : {
                code: 'use-tag-or-create-runtime-class',
                params: { tags, build, name: defaultRuntimeClassName(build) },
              },
        guideSection: '6.1',
      },
    ];
  });
}
