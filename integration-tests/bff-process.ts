// A BFF as production runs it: the server bundle (what the image's CMD runs), with the heap limit the
// Helm chart gives it, in a Node process of its own — so its memory is its own and measurable from
// /proc, it can be SIGKILLed like a pod, and two of them are two replicas. The `test` build is the same
// bundle with the test-only pause points left in (see server/src/cluster/writes/pause-point.ts).
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parse } from 'yaml';
import { buildServerBundle } from '../scripts/server-bundle';
import { freePort } from './cluster/free-port';
import { waitFor } from './cluster/wait-for';

export interface BffProcessOptions {
  name: string;
  /** The cluster to serve (the BFF's KUBECONFIG: where the API server is, never whose token). */
  kubeconfig: string;
  env?: Record<string, string>;
  /** `test`: the bundle that keeps the pause points; default `production`. */
  build?: 'production' | 'test';
  /** The BFF serves TLS (TLS_CERT_FILE/TLS_KEY_FILE in `env`): the CA its certificates chain to. */
  tlsCa?: string;
  /** Listen here (a restart on the same address); default a free port. */
  port?: number;
}

export interface BffProcess {
  name: string;
  url: string;
  port: number;
  pid: number;
  /** When the process was spawned (performance.now()): its start-up is timed from here. */
  spawnedAt: number;
  /** The highest resident set size seen so far, sampled every 100 ms. */
  peakRssMb(): number;
  /** The highest resident set size since the previous call (or the start): one phase's peak. */
  takePhasePeakRssMb(): number;
  /** The last 64 KB the process wrote to stdout and stderr. */
  output(): string;
  /** Resolves once the output shows `pattern` (rejects after `timeoutMs` or when the process exits). */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** GET with a bearer token, over TLS when the BFF serves it. */
  get(path: string, token?: string): Promise<{ status: number; body: string }>;
  /** Any request with a bearer token and a JSON body. */
  send(
    method: string,
    path: string,
    token: string,
    body?: object,
  ): Promise<{ status: number; body: string }>;
  /** Prometheus text of GET /metrics, scraped with this token. */
  metrics(token: string): Promise<string>;
  /** SIGTERM (graceful), SIGKILL after 5 s. */
  stop(): Promise<void>;
  /** SIGKILL now, as a node failure or an OOM kill ends a pod; resolves once it is gone. */
  kill(): Promise<void>;
}

const repositoryRoot = path.resolve(import.meta.dirname, '..');
const rssSampleMs = 100;
/** Settings of the parent's environment that would change how the BFF reads the cluster or runs. */
const inheritedSettings = [
  'WATCH_CACHE',
  'WATCH_CACHE_TOKEN',
  'KUBECONFIG',
  'PORT',
  'HOST',
  'NODE_OPTIONS',
  'TLS_CERT_FILE',
  'TLS_KEY_FILE',
  'BFF_TEST_PAUSE_POINTS',
];

/** The chart's NODE_OPTIONS for the BFF (templates/deployment.yaml), from its default values. */
export async function deployedNodeOptions(): Promise<string> {
  const values = parse(
    await readFile(path.join(repositoryRoot, 'charts/windows-nodes-plugin/values.yaml'), 'utf8'),
  ) as { heapLimitMb: number; semiSpaceMb: number };
  return `--max-old-space-size=${String(values.heapLimitMb)} --max-semi-space-size=${String(values.semiSpaceMb)}`;
}

async function rssKb(pid: number): Promise<number | undefined> {
  const status = await readFile(`/proc/${String(pid)}/status`, 'utf8').catch(() => undefined);
  const match = status && /^VmRSS:\s+(\d+) kB/m.exec(status);
  return match ? Number(match[1]) : undefined;
}

/**
 * `BENCH_CPU_PROFILE_DIR=<dir>` has each BFF write a V8 CPU profile there when it stops (open it in
 * Chrome's DevTools): what a missed target's time went to.
 */
function profileOptions(name: string): string[] {
  const dir = process.env.BENCH_CPU_PROFILE_DIR;
  if (!dir) return [];
  const file = `${name.replaceAll(/\W+/g, '-')}.cpuprofile`;
  return ['--cpu-prof', `--cpu-prof-dir=${path.resolve(dir)}`, `--cpu-prof-name=${file}`];
}

const bundles = new Map<string, Promise<string>>();

/** Bundles the server from the working tree once per run, as `npm run build:server` does. */
function serverBundle(kind: 'production' | 'test'): Promise<string> {
  let bundle = bundles.get(kind);
  if (!bundle) {
    const outfile = path.join(
      repositoryRoot,
      `build/${kind === 'test' ? 'server-test' : 'server'}/main.js`,
    );
    bundle = buildServerBundle(kind, outfile).then(() => outfile);
    bundles.set(kind, bundle);
  }
  return bundle;
}

/** One request to the BFF, trusting `ca` when it serves TLS; the whole body as text. */
export function requestBff(
  url: string,
  options: { token?: string; ca?: string; method?: string; body?: object } = {},
): Promise<{ status: number; body: string }> {
  const send = url.startsWith('https:') ? httpsRequest : httpRequest;
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const request = send(
      url,
      {
        method: options.method ?? 'GET',
        ca: options.ca,
        headers: {
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
        },
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() });
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

export async function startBffProcess(options: BffProcessOptions): Promise<BffProcess> {
  const { name } = options;
  const bundle = await serverBundle(options.build ?? 'production');
  const port = options.port ?? (await freePort());
  const baseEnv = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !inheritedSettings.includes(key)),
  );
  const child = spawn(process.execPath, [...profileOptions(name), bundle], {
    cwd: repositoryRoot,
    env: {
      ...baseEnv,
      KUBECONFIG: options.kubeconfig,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      NODE_OPTIONS: await deployedNodeOptions(),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const spawnedAt = performance.now();
  const pid = child.pid;
  if (pid === undefined) throw new Error(`BFF ${name} did not start`);
  let output = '';
  const outputWaiters = new Set<() => void>();
  const keepTail = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-65_536);
    for (const wake of outputWaiters) wake();
  };
  child.stdout.on('data', keepTail);
  child.stderr.on('data', keepTail);
  let running = true;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      running = false;
      for (const wake of outputWaiters) wake();
      resolve();
    });
  });

  let peakKb = 0;
  let phasePeakKb = 0;
  const sampler = setInterval(() => {
    void rssKb(pid).then((kb = 0) => {
      peakKb = Math.max(peakKb, kb);
      phasePeakKb = Math.max(phasePeakKb, kb);
    });
  }, rssSampleMs);
  const url = `${options.tlsCa ? 'https' : 'http'}://127.0.0.1:${String(port)}`;
  const get = (pathAndQuery: string, token?: string) =>
    requestBff(`${url}${pathAndQuery}`, { token, ca: options.tlsCa });
  const stop = async () => {
    clearInterval(sampler);
    if (!running) return;
    child.kill('SIGTERM');
    // SIGTERM closes the server gracefully; a BFF stuck on open connections is killed.
    await Promise.race([exited, sleep(5000).then(() => child.kill('SIGKILL'))]);
    await exited;
  };
  const kill = async () => {
    clearInterval(sampler);
    if (running) child.kill('SIGKILL');
    await exited;
  };
  const waitForOutput = (pattern: RegExp, timeoutMs = 30_000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        outputWaiters.delete(check);
        reject(new Error(`BFF ${name} did not print ${String(pattern)}:\n${output}`));
      }, timeoutMs);
      const check = () => {
        if (pattern.test(output)) {
          clearTimeout(timer);
          outputWaiters.delete(check);
          resolve();
        } else if (!running) {
          clearTimeout(timer);
          outputWaiters.delete(check);
          reject(new Error(`BFF ${name} exited before printing ${String(pattern)}:\n${output}`));
        }
      };
      outputWaiters.add(check);
      check();
    });
  try {
    await waitFor(
      `BFF ${name} to listen`,
      async () => {
        if (!running) throw new Error(`exited:\n${output}`);
        return (await get('/healthz')).status === 200 || undefined;
      },
      { timeoutMs: 60_000, intervalMs: 200 },
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    name,
    url,
    port,
    pid,
    spawnedAt,
    peakRssMb: () => peakKb / 1024,
    takePhasePeakRssMb: () => {
      const peak = phasePeakKb;
      phasePeakKb = 0;
      return peak / 1024;
    },
    output: () => output,
    waitForOutput,
    get,
    send: (method, pathAndQuery, token, body) =>
      requestBff(`${url}${pathAndQuery}`, { method, token, body, ca: options.tlsCa }),
    metrics: async (token) => (await get('/metrics', token)).body,
    stop,
    kill,
  };
}
