// Change-to-page latency: how long after a write to the API server the BFF's server-sent events
// carry it to a client, measured with a plain HTTP client as the browser's EventSource would see it.
import { request, type ClientRequest } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { NodesResponse } from '../server/contract/nodes';
import { apiPrefix } from '../server/contract/paths';
import type { KubeClient } from '../integration-tests/cluster/kube-client';
import { resources } from '../integration-tests/cluster/resources';
import { summarize, type LatencySummary } from './stats';

interface Waiter {
  matches: (document: NodesResponse) => boolean;
  resolve: (arrivedMs: number) => void;
}

/** `event: snapshot` frames of a server-sent event stream, each parsed when a waiter needs it. */
class SnapshotStream {
  private waiter: Waiter | undefined;
  private buffer = '';

  private constructor(private readonly req: ClientRequest) {}

  static open(url: string, token: string): Promise<SnapshotStream> {
    return new Promise((resolve, reject) => {
      const req = request(url, {
        headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
      });
      const stream = new SnapshotStream(req);
      req.on('response', (res) => {
        if (res.statusCode !== 200) {
          reject(new Error(`GET ${url}: ${String(res.statusCode)}`));
          return;
        }
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          stream.receive(chunk);
        });
        resolve(stream);
      });
      req.on('error', reject);
      req.end();
    });
  }

  private receive(chunk: string): void {
    // The arrival time is when the frame's last byte came in, before any parsing on this side.
    const arrivedMs = performance.now();
    this.buffer += chunk;
    const frames = this.buffer.split('\n\n');
    this.buffer = frames.pop() ?? '';
    for (const frame of frames) {
      const lines = frame.split('\n');
      if (!lines.includes('event: snapshot') || !this.waiter) continue;
      const data = lines.find((line) => line.startsWith('data: '))?.slice('data: '.length) ?? '';
      if (this.waiter.matches(JSON.parse(data) as NodesResponse)) {
        this.waiter.resolve(arrivedMs);
        this.waiter = undefined;
      }
    }
  }

  /** Resolves with the arrival time of the first later snapshot that matches, or undefined. */
  next(matches: Waiter['matches'], timeoutMs: number): Promise<number | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiter = undefined;
        resolve(undefined);
      }, timeoutMs);
      this.waiter = {
        matches,
        resolve: (arrivedMs) => {
          clearTimeout(timer);
          resolve(arrivedMs);
        },
      };
    });
  }

  close(): void {
    this.req.destroy();
  }
}

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
  const stream = await SnapshotStream.open(
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
