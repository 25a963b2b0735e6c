import type { WindowsMirrorsResponse } from '../../../contract/mirrors';
import {
  pauseImageMirrored,
  windowsRegistryMirrors,
  type MirrorEntry,
  type SourcePolicy,
} from '../../domain/mirrors/windows-mirrors';
import type { ClusterServiceVersion } from '../../domain/openshift-objects';
import { wmcoRulesFor } from '../../domain/support/support-matrix';
import { kinds } from '../kinds';
import type { ClusterReader } from '../reader/cluster-reader';
import { wmcoNamespaceOf } from '../wmco/wmco-namespace';
import { readWmcoSubscription } from '../wmco/wmco-state';

interface MirrorSetObject {
  spec?: Record<string, { source?: string; mirrors?: string[]; mirrorSourcePolicy?: string }[]>;
}

function entriesOf(
  objects: readonly MirrorSetObject[] | undefined,
  field: string,
  resolveTags: boolean,
): MirrorEntry[] {
  return (objects ?? []).flatMap((object) =>
    (object.spec?.[field] ?? []).map((entry) => ({
      source: entry.source ?? '',
      mirrors: entry.mirrors ?? [],
      policy: entry.mirrorSourcePolicy as SourcePolicy,
      resolveTags,
    })),
  );
}

/** The mirror sets as the caller may read them, judged as WMCO will use them on Windows nodes. */
export async function readWindowsMirrors(reader: ClusterReader): Promise<WindowsMirrorsResponse> {
  const subscription = await readWmcoSubscription(reader);
  const csvName = subscription?.status?.installedCSV;
  const [digestSets, tagSets, csv] = await Promise.all([
    reader.list<MirrorSetObject>(kinds.imageDigestMirrorSet),
    reader.list<MirrorSetObject>(kinds.imageTagMirrorSet),
    csvName
      ? reader.get<ClusterServiceVersion>(
          kinds.clusterServiceVersion,
          csvName,
          wmcoNamespaceOf(subscription),
        )
      : undefined,
  ]);
  // WMCO lists the digest sets first, then the tag sets.
  const entries = [
    ...entriesOf(digestSets, 'imageDigestMirrors', false),
    ...entriesOf(tagSets, 'imageTagMirrors', true),
  ];
  const registries = windowsRegistryMirrors(entries);
  const version = csv?.spec?.version;
  return {
    wmcoVersion: version,
    supported: version ? wmcoRulesFor(version)?.release.mirrorsSupported : undefined,
    registries,
    pauseImage:
      entries.length === 0
        ? 'no-mirror-sets'
        : (pauseImageMirrored(entries, registries) ?? 'not-mirrored'),
    unreadable: reader.unreadable(),
  };
}
