import { isIPv4 } from 'node:net';
import type { JoinDiagnosis } from '../../../contract/diagnostics';
import { deriveJoinTimeline } from '../../domain/diagnostics/join-timeline';
import { diagnoseJoin } from '../../domain/diagnostics/known-causes';
import { wmcoNames } from '../../domain/wmco-names';
import type { ClusterReader } from '../reader/cluster-reader';
import { readDiagnosticsObjects, type DiagnosticsObjects } from './diagnostics-reader';
import { clusterCauseFactsOf, joinSubjectsOf } from './join-subjects';

export type { JoinDiagnosis } from '../../../contract/diagnostics';

/** PTR names of an address: [] when DNS says there are none, undefined when DNS could not say. */
export type PtrLookup = (address: string) => Promise<string[] | undefined>;

/**
 * A join timeline, and for an unfinished one its known causes, for every Windows Machine and BYOH
 * entry the caller may read. `ptr` looks up BYOH addresses' PTR records as WMCO will (the BYOH
 * settings' DNS servers, else the system's: the BFF runs in the cluster, as WMCO does).
 */
export async function diagnoseWindowsJoins(
  reader: ClusterReader,
  { now, ptr }: { now: number; ptr: PtrLookup },
): Promise<{ diagnoses: JoinDiagnosis[]; objects: DiagnosticsObjects }> {
  const objects = await readDiagnosticsObjects(reader);
  const entries =
    objects.configMaps.find((map) => map.metadata?.name === wmcoNames.instancesConfigMap)?.data ??
    {};
  const addresses = Object.keys(entries).filter((key) => isIPv4(key));
  const ptrNames = new Map(
    await Promise.all(addresses.map(async (address) => [address, await ptr(address)] as const)),
  );
  const known = new Map(
    [...ptrNames].filter((entry): entry is [string, string[]] => entry[1] !== undefined),
  );
  const cluster = clusterCauseFactsOf(objects);
  const diagnoses = joinSubjectsOf(objects, known).map((join): JoinDiagnosis => {
    const timeline = deriveJoinTimeline(join, now);
    const address = join.subject.kind === 'BYOH' ? join.subject.address : undefined;
    const verdict = diagnoseJoin(
      { join, timeline, ptrNames: address === undefined ? undefined : ptrNames.get(address) },
      cluster,
      now,
    );
    return { subject: join.subject, node: join.node?.name, timeline, verdict };
  });
  return { diagnoses, objects };
}
