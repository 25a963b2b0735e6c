import type { WorkloadFixCatalogue } from '../../server/contract/workloads';
import type { Wording, WordsFor } from './wording';
import { describeBuild, describeBuilds } from './workload-check-words';

function tags(wording: Wording, list: readonly string[]): string {
  return wording.list(list);
}

/** How to fix a workload finding. */
export const workloadFixWords: WordsFor<WorkloadFixCatalogue> = {
  'use-deployment': ({ t }) =>
    t('Deploy it as a Deployment (or another Kubernetes workload) instead.'),
  'add-windows-nodes': ({ t }) =>
    t('Add Windows nodes with a Windows MachineSet or BYOH instances.'),
  'create-or-name-runtime-class': ({ t }) =>
    t('Create it on the RuntimeClasses tab, or set runtimeClassName to an existing one.'),
  'set-runtime-class': ({ t }, p) =>
    t('Set runtimeClassName: {{runtimeClass}} (the RuntimeClass for {{build}}).', p),
  'create-runtime-class': ({ t }, { build, name }) =>
    name
      ? t(
          'Create a RuntimeClass for {{build}} ({{name}}) on the RuntimeClasses tab and set runtimeClassName to it.',
          { build, name },
        )
      : t(
          'Create a RuntimeClass for {{build}} on the RuntimeClasses tab and set runtimeClassName to it.',
          { build },
        ),
  'set-runtime-class-or-tolerate': ({ t }, p) =>
    t(
      'Set runtimeClassName: {{runtimeClass}} (the RuntimeClass for {{build}}), or add the toleration os=Windows:NoSchedule.',
      p,
    ),
  'create-runtime-class-or-tolerate': ({ t }, { build, name }) =>
    name
      ? t(
          'Create a RuntimeClass for {{build}} ({{name}}) on the RuntimeClasses tab and set runtimeClassName to it, or add the toleration os=Windows:NoSchedule.',
          { build, name },
        )
      : t(
          'Create a RuntimeClass for {{build}} on the RuntimeClasses tab and set runtimeClassName to it, or add the toleration os=Windows:NoSchedule.',
          { build },
        ),
  'image-runtime-class-or-tolerate': ({ t }) =>
    t(
      'Set runtimeClassName to the RuntimeClass of the build the image is made for, or add the toleration os=Windows:NoSchedule.',
    ),
  'no-node-runs-build': (w, { build, builds }) =>
    builds.length === 0
      ? w.t('No Windows node runs {{build}}: add Windows nodes of that build first.', {
          build: describeBuild(w, build),
        })
      : w.t(
          'No Windows node runs {{build}}, so no RuntimeClass is suggested: the nodes run {{builds}}. Use an image built for one of those.',
          { build: describeBuild(w, build), builds: describeBuilds(w, builds) },
        ),
  'no-node-runs-build-or-tolerate': (w, { build, builds }) =>
    builds.length === 0
      ? w.t(
          'Add the toleration os=Windows:NoSchedule. No Windows node runs {{build}}: add Windows nodes of that build first.',
          { build: describeBuild(w, build) },
        )
      : w.t(
          'Add the toleration os=Windows:NoSchedule. No Windows node runs {{build}}, so no RuntimeClass is suggested: the nodes run {{builds}}.',
          { build: describeBuild(w, build), builds: describeBuilds(w, builds) },
        ),
  'add-guide-tolerations': ({ t }, { runtimeClass }) =>
    t(
      'Add the guide’s tolerations (os=Windows and os=windows, NoSchedule) to RuntimeClass {{runtimeClass}}, or to the pod.',
      { runtimeClass },
    ),
  'select-existing-build': ({ t }) =>
    t(
      'Select a build the cluster has: use the RuntimeClass of that build and drop conflicting nodeSelector entries.',
    ),
  'use-tag-or-set-runtime-class': (w, { tags: list, runtimeClass, build }) =>
    w.t(
      'Either use the tag for {{tags}}, or set runtimeClassName: {{runtimeClass}} (the RuntimeClass for {{build}}).',
      { tags: tags(w, list), runtimeClass, build },
    ),
  'use-tag-or-create-runtime-class': (w, { tags: list, build, name }) =>
    name
      ? w.t(
          'Either use the tag for {{tags}}, or create a RuntimeClass for {{build}} ({{name}}) on the RuntimeClasses tab and set runtimeClassName to it.',
          { tags: tags(w, list), build, name },
        )
      : w.t(
          'Either use the tag for {{tags}}, or create a RuntimeClass for {{build}} on the RuntimeClasses tab and set runtimeClassName to it.',
          { tags: tags(w, list), build },
        ),
  'use-tag-for-nodes': (w, { tags: list, build }) =>
    w.t('Use the image tag for {{tags}}: the cluster has no {{build}} node.', {
      tags: tags(w, list),
      build: describeBuild(w, build),
    }),
  'create-runtime-class-per-build': ({ t }) =>
    t(
      'Create a RuntimeClass per build on the RuntimeClasses tab and set runtimeClassName to the one matching the image.',
    ),
  'create-runtime-class-for-nodes': ({ t }) =>
    t('Create a RuntimeClass for the nodes’ build and set runtimeClassName to it.'),
  'set-os-name-like-sample': ({ t }) =>
    t('Set spec.os.name: windows in the pod template, as the guide’s sample does.'),
  'set-os-name-windows': ({ t }) => t('Set spec.os.name: windows.'),
  'use-windows-image': ({ t }) =>
    t(
      'Use a Windows image built for the node’s Windows Server version, e.g. mcr.microsoft.com/windows/servercore:ltsc2022.',
    ),
  'remove-privileged': ({ t }) => t('Remove securityContext.privileged from the container.'),
  'remove-huge-pages': ({ t }) => t('Remove the hugepages-* requests and limits.'),
  'use-plain-empty-dir': ({ t }) => t('Use an emptyDir without a HugePages medium.'),
  'pre-pull-or-public-registry': ({ t }) =>
    t('Pre-pull the image on the Windows nodes, or use a public registry.'),
  'pre-pull-if-not-present-or-public-registry': ({ t }) =>
    t(
      'Pre-pull the image on the Windows nodes and set imagePullPolicy: IfNotPresent, or use a public registry.',
    ),
  'remove-host-network': ({ t }) =>
    t('Remove hostNetwork: true and expose the workload through a Service.'),
  'pin-linux-or-narrow-toleration': ({ t }) =>
    t(
      'Add nodeSelector kubernetes.io/os: linux, or narrow the toleration so it no longer matches os=Windows.',
    ),
  'pin-linux': ({ t }) => t('Add nodeSelector kubernetes.io/os: linux to the pod template.'),
  'remove-mesh-sidecar': ({ t }) =>
    t('Remove sidecar.istio.io/inject: "true" from the pod template.'),
  'use-process-isolation': ({ t }) =>
    t('Use a RuntimeClass with the default handler, and a base image matching the node’s build.'),
};
