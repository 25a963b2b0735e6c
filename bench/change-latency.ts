// Change-to-page latency: how long after a write to the API server the BFF's server-sent events
// carry it to a client, measured with a plain HTTP client as the browser's EventSource would see it.
import { performance } from 'node:perf_hooks';
import type { NodesResponse } from '../server/contract/nodes';
import { apiPrefix } from '../server/contract/paths';
import type { KubeClient } from '../integration-tests/cluster/kube-client';
import { resources } from '../integration-tests/cluster/resources';
import { SnapshotStream } from './snapshot-stream';
import { summarize, type LatencySummary } from './stats';

export interface ChangeLatency {
  latency: LatencySummary;
  /** Changes whose event did not come within the timeout. */
  missed: number;
}

/**
 * Cordons nodes one at a time, then uncordons them (each write waits for the event before the next),
 * timing from just before the write until the snapshot showing it arrives.
 */
export async function measureChangeToEvent(options: {
  bffUrl: string;
  token: string;
  admin: KubeClient;
  nodeNames: readonly string[];
  changes: number;
  timeoutMs: number;
}): Promise<ChangeLatency> {
  const { admin, changes, timeoutMs } = options;
  const nodes = options.nodeNames.slice(0, Math.ceil(changes / 2));
  const stream = await SnapshotStream.open<NodesResponse>(
    `${options.bffUrl}${apiPrefix}/nodes/events`,
    options.token,
  );
  const latenciesMs: number[] = [];
  let missed = 0;
  try {
    // The first snapshot: the stream is live before the first write.
    await stream.next(() => true, timeoutMs);
    for (let change = 0; change < changes; change += 1) {
      const name = nodes[change % nodes.length] ?? '';
      const cordon = change < nodes.length;
      const event = stream.next(
        (document) =>
          document.nodes.some((node) => node.name === name && !node.schedulable === cordon),
        timeoutMs,
      );
      const written = performance.now();
      // null removes the field: an uncordoned node has no spec.unschedulable at all.
      await admin.mergePatch(
        resources.nodes,
        { name },
        { spec: { unschedulable: cordon || null } },
      );
      const arrived = await event;
      if (arrived === undefined) missed += 1;
      else latenciesMs.push(arrived - written);
    }
  } finally {
    stream.close();
  }
  return { latency: summarize(latenciesMs), missed };
}
