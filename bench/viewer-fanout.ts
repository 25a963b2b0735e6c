// Many viewers of one page: N open `/events` streams of the Overview for one user, and the same
// changes timed on each of them. The channel derives once per change for all its streams, so the
// BFF's CPU per change should not grow with the number of streams; it is measured from /proc around
// the changes, once with one stream and once with many, side by side in one run.
import { performance } from 'node:perf_hooks';
import type { OverviewResponse } from '../server/contract/overview';
import { apiPrefix } from '../server/contract/paths';
import { wmcoNames } from '../server/src/domain/wmco-names';
import type { KubeClient } from '../integration-tests/cluster/kube-client';
import { resources } from '../integration-tests/cluster/resources';
import { cpuSeconds } from './process-cpu';
import { SnapshotStream } from './snapshot-stream';
import { summarize, type LatencySummary } from './stats';

export interface FanoutRun {
  streams: number;
  changes: number;
  /** Every (stream, change) latency: write → that stream's event. */
  latency: LatencySummary;
  /** The worst stream's p95. */
  worstStreamP95: number;
  missed: number;
  /** The BFF's CPU (user + system) over the changes, per change. */
  cpuMsPerChange: number;
}

/** How many Windows nodes the Overview says run an older WMCO version (0 without the finding). */
function nodesBehind(overview: OverviewResponse): number {
  const finding = overview.findings.find((candidate) => candidate.code === 'nodes-older-wmco');
  return finding?.code === 'nodes-older-wmco' ? finding.params.count : 0;
}

/**
 * Marks nodes as running an older WMCO, one per change, then puts them back: every change moves the
 * Overview's count of nodes behind, so every change is a new document for every stream.
 */
export async function measureFanout(options: {
  bffUrl: string;
  bffPid: number;
  token: string;
  admin: KubeClient;
  nodes: readonly { name: string; wmcoVersion: string }[];
  streams: number;
  changes: number;
  timeoutMs: number;
}): Promise<FanoutRun> {
  const { admin, changes, timeoutMs } = options;
  const marked = options.nodes.slice(0, Math.ceil(changes / 2));
  const url = `${options.bffUrl}${apiPrefix}/overview/events`;
  const streams = await Promise.all(
    Array.from({ length: options.streams }, () =>
      SnapshotStream.open<OverviewResponse>(url, options.token),
    ),
  );
  const perStream: number[][] = streams.map(() => []);
  let missed = 0;
  try {
    // The first snapshot on every stream: all are live before the first write.
    let behind = 0;
    await Promise.all(
      streams.map((stream) =>
        stream.next((overview) => {
          behind = nodesBehind(overview);
          return true;
        }, timeoutMs),
      ),
    );
    const cpuBefore = await cpuSeconds([options.bffPid]);
    for (let change = 0; change < changes; change += 1) {
      const node = marked[change % marked.length];
      if (!node) break;
      const markOld = change < marked.length;
      behind += markOld ? 1 : -1;
      const expected = behind;
      const events = streams.map((stream) =>
        stream.next((overview) => nodesBehind(overview) === expected, timeoutMs),
      );
      const written = performance.now();
      await admin.mergePatch(
        resources.nodes,
        { name: node.name },
        {
          metadata: {
            annotations: {
              [wmcoNames.versionAnnotation]: markOld ? 'bench-older' : node.wmcoVersion,
            },
          },
        },
      );
      const arrivals = await Promise.all(events);
      arrivals.forEach((arrived, index) => {
        if (arrived === undefined) missed += 1;
        else perStream[index]?.push(arrived - written);
      });
    }
    const cpuAfter = await cpuSeconds([options.bffPid]);
    return {
      streams: streams.length,
      changes,
      latency: summarize(perStream.flat()),
      worstStreamP95: Math.max(...perStream.map((samples) => summarize(samples).p95)),
      missed,
      cpuMsPerChange: ((cpuAfter - cpuBefore) * 1000) / changes,
    };
  } finally {
    for (const stream of streams) stream.close();
  }
}
