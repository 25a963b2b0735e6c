import { Resolver } from 'node:dns/promises';
import { isIPv4 } from 'node:net';
import type { KubeConfig } from '@kubernetes/client-node';
import type { JoinSubject } from '../../domain/diagnostics/join-facts';
import { deriveJoinTimeline, type JoinTimeline } from '../../domain/diagnostics/join-timeline';
import { diagnoseJoin, type JoinVerdict } from '../../domain/diagnostics/known-causes';
import { readDiagnosticsObjects, type DiagnosticsObjects } from './diagnostics-reader';
import { clusterCauseFactsOf, joinSubjectsOf } from './join-subjects';

export interface JoinDiagnosis {
  subject: JoinSubject;
  node?: string;
  timeline: JoinTimeline;
  verdict: JoinVerdict;
}

export type PtrLookup = (address: string) => Promise<string[] | undefined>;

/**
 * PTR names of an address: [] when DNS says there are none, undefined when DNS could not say.
 * The system's resolver unless `servers` are given (WMCO asks the cluster's DNS as the BFF does).
 */
export function ptrLookup(servers?: string[]): PtrLookup {
  const resolver = new Resolver({ timeout: 2000, tries: 2 });
  if (servers) resolver.setServers(servers);
  return async (address) => {
    try {
      return await resolver.reverse(address);
    } catch (error) {
      const code = (error as { code?: string }).code;
      return code === 'ENOTFOUND' || code === 'ENODATA' ? [] : undefined;
    }
  };
}

/**
 * A join timeline, and for a stuck one its known causes, for every Windows Machine and BYOH entry,
 * from what the caller may read. `ptr` looks up BYOH addresses' PTR records (the system resolver by
 * default: the BFF runs in the cluster, as WMCO does).
 */
export async function diagnoseWindowsJoins(
  kubeConfig: KubeConfig,
  { now = Date.now(), ptr = ptrLookup() }: { now?: number; ptr?: PtrLookup } = {},
): Promise<{ diagnoses: JoinDiagnosis[]; objects: DiagnosticsObjects }> {
  const objects = await readDiagnosticsObjects(kubeConfig);
  const entries =
    objects.configMaps.find((c) => c.metadata?.name === 'windows-instances')?.data ?? {};
  const ptrNames = new Map<string, string[] | undefined>();
  for (const address of Object.keys(entries).filter((key) => isIPv4(key))) {
    ptrNames.set(address, await ptr(address));
  }
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
