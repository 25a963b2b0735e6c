import type { RuntimeClassResult, SampleWarningCatalogue } from '../../server/contract/workloads';
import type { Wording, WordsFor } from './wording';

/** What would keep the sample workload from running, said before and after creating it. */
export const sampleWarningWords: WordsFor<SampleWarningCatalogue> = {
  'runtime-class-not-found': ({ t }, p) =>
    t('RuntimeClass {{runtimeClass}} does not exist: create it for build {{build}} first.', p),
  'runtime-class-other-build': ({ t }, { runtimeClass, build, pinned }) =>
    pinned
      ? t(
          'RuntimeClass {{runtimeClass}} pins build {{pinned}}, but the image is for {{build}}: choose the RuntimeClass of {{build}}.',
          { runtimeClass, build, pinned },
        )
      : t(
          'RuntimeClass {{runtimeClass}} pins no Windows build, but the image is for {{build}}: choose the RuntimeClass of {{build}}.',
          { runtimeClass, build },
        ),
  'runtime-class-unreadable': ({ t }, p) =>
    t('Could not check RuntimeClass {{runtimeClass}}: you may not read RuntimeClasses.', p),
  'no-node-with-build': ({ t }, { build, version }) =>
    version
      ? t(
          'No node runs build {{build}} (Windows Server {{version}}): the pods will stay Pending until one joins.',
          { build, version },
        )
      : t('No node runs build {{build}}: the pods will stay Pending until one joins.', { build }),
};

/** What creating a RuntimeClass did. */
export function runtimeClassOutcomeText({ t }: Wording, result: RuntimeClassResult): string {
  const params = { name: result.name, build: result.build };
  return result.outcome === 'created'
    ? t('Created RuntimeClass {{name}} for build {{build}}.', params)
    : t(
        'RuntimeClass {{name}} already does exactly this for build {{build}}: reused, nothing created.',
        params,
      );
}
