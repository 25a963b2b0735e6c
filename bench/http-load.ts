// Closed-loop load on one endpoint of several BFFs, taken in alternating batches so that whatever
// else the machine is doing weighs on all of them alike.
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { forEachBounded } from '../server/src/ssh/bounded-parallel';
import { summarize, type LatencySummary } from './stats';

export interface LoadTarget {
  name: string;
  url: string;
  /** Requests per batch at most: a slow path gets fewer, so each round takes comparable time. */
  requestsPerRound: number;
}

export interface LoadPlan {
  token: string;
  /** Requests in flight per batch. */
  concurrency: number;
  /** Requests per target before measuring (connections, access reviews, JIT). */
  warmup: number;
  rounds: number;
  /** Time for all rounds: each batch gets its share and sends no request after it has run out. */
  budgetMs: number;
}

export interface LoadResult {
  name: string;
  latency: LatencySummary;
  requestsPerSecond: number;
  /** Responses other than 200. */
  errors: number;
}

/** GET with the bearer token; resolves with the status once the whole body has arrived. */
export function get(agent: Agent, url: string, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers: { authorization: `Bearer ${token}` } }, (res) => {
      res.resume();
      res.on('error', reject);
      res.on('end', () => {
        resolve(res.statusCode ?? 0);
      });
    });
    req.on('error', reject);
    req.end();
  });
}

interface Batch {
  latenciesMs: number[];
  seconds: number;
  errors: number;
}

async function batch(
  agent: Agent,
  url: string,
  count: number,
  plan: LoadPlan,
  deadline = Number.POSITIVE_INFINITY,
): Promise<Batch> {
  const latenciesMs: number[] = [];
  let errors = 0;
  const started = performance.now();
  await forEachBounded(Array.from({ length: count }), plan.concurrency, async () => {
    const sent = performance.now();
    if (sent > deadline) return;
    const status = await get(agent, url, plan.token);
    latenciesMs.push(performance.now() - sent);
    if (status !== 200) errors += 1;
  });
  return { latenciesMs, seconds: (performance.now() - started) / 1000, errors };
}

export async function interleavedLoad(
  path: string,
  targets: readonly LoadTarget[],
  plan: LoadPlan,
): Promise<LoadResult[]> {
  const runs = targets.map((target) => ({
    target,
    url: `${target.url}${path}`,
    agent: new Agent({ keepAlive: true, maxSockets: plan.concurrency }),
    latenciesMs: [] as number[],
    seconds: 0,
    errors: 0,
  }));
  try {
    for (const run of runs) await batch(run.agent, run.url, plan.warmup, plan);
    const batchMs = plan.budgetMs / (plan.rounds * runs.length);
    for (let round = 0; round < plan.rounds; round += 1) {
      // Alternate who goes first, so neither always runs right after the other's load.
      const order = round % 2 === 0 ? runs : [...runs].reverse();
      for (const run of order) {
        const deadline = performance.now() + batchMs;
        const result = await batch(run.agent, run.url, run.target.requestsPerRound, plan, deadline);
        run.latenciesMs.push(...result.latenciesMs);
        run.seconds += result.seconds;
        run.errors += result.errors;
      }
    }
  } finally {
    for (const run of runs) run.agent.destroy();
  }
  return runs.map((run) => ({
    name: run.target.name,
    latency: summarize(run.latenciesMs),
    requestsPerSecond: run.latenciesMs.length / run.seconds,
    errors: run.errors,
  }));
}
