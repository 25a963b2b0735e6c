// A view derived afresh: what the first read after a change costs, which no kept document answers
// (the load runs measure reads the BFF may answer with the document it derived last). Each round
// writes to one node, waits for the watch cache to have it, then reads every endpoint once; the BFF's
// own metrics confirm how many of those reads were derived.
import { Agent } from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { KubeClient } from '../integration-tests/cluster/kube-client';
import { resources } from '../integration-tests/cluster/resources';
import type { BffProcess } from '../integration-tests/bff-process';
import { get } from './http-load';
import { summarize, type LatencySummary } from './stats';

export interface DerivationLatency {
  path: string;
  latency: LatencySummary;
  /** Of the reads, how many the BFF derived rather than answered from a kept document. */
  derived: number;
}

/** A watch event reaches the BFF in milliseconds on loopback; this leaves ample time. */
const settleMs = 300;

/** `/api/v1/nodes` → the `view` label of windows_nodes_bff_view_documents_total. */
function viewOf(path: string): string {
  return path.split('/').at(-1) ?? path;
}

async function derivedCounts(bff: BffProcess, token: string): Promise<Map<string, number>> {
  const metrics = await bff.metrics(token);
  const counts = new Map<string, number>();
  for (const [, view, count] of metrics.matchAll(
    /^windows_nodes_bff_view_documents_total\{view="([^"]+)",result="derived"\} (\d+)$/gm,
  )) {
    counts.set(view ?? '', Number(count));
  }
  return counts;
}

export async function measureDerivation(options: {
  bff: BffProcess;
  token: string;
  admin: KubeClient;
  nodeName: string;
  paths: readonly string[];
  rounds: number;
}): Promise<DerivationLatency[]> {
  const { bff, token, admin, paths } = options;
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const samples = new Map<string, number[]>(paths.map((path) => [path, []]));
  const before = await derivedCounts(bff, token);
  try {
    for (let round = 0; round < options.rounds; round += 1) {
      await admin.mergePatch(
        resources.nodes,
        { name: options.nodeName },
        { metadata: { annotations: { 'bench.windows-nodes/round': String(round) } } },
      );
      await sleep(settleMs);
      for (const path of paths) {
        const sent = performance.now();
        const status = await get(agent, `${bff.url}${path}`, token);
        if (status !== 200) throw new Error(`GET ${path} answered ${String(status)}`);
        samples.get(path)?.push(performance.now() - sent);
      }
    }
  } finally {
    agent.destroy();
  }
  const after = await derivedCounts(bff, token);
  return paths.map((path) => {
    const view = viewOf(path);
    return {
      path,
      latency: summarize(samples.get(path) ?? []),
      derived: (after.get(view) ?? 0) - (before.get(view) ?? 0),
    };
  });
}
