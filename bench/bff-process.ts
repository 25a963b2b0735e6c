// A BFF as production runs it: the bundle `npm run build:server` makes (what the image's CMD runs), with
// the heap limit the Helm chart gives it, in a Node process of its own, so its memory is its own and
// measurable from /proc.
import { execFile, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { freePort } from '../integration-tests/cluster/free-port';
import { waitFor } from '../integration-tests/cluster/wait-for';

export interface BffProcess {
  name: string;
  url: string;
  pid: number;
  /** When the process was spawned (performance.now()): its start-up is timed from here. */
  spawnedAt: number;
  /** The highest resident set size seen so far, sampled every 100 ms. */
  peakRssMb(): number;
  /** The highest resident set size since the previous call (or the start): one phase's peak. */
  takePhasePeakRssMb(): number;
  /** Prometheus text of GET /metrics, scraped with this token. */
  metrics(token: string): Promise<string>;
  stop(): Promise<void>;
}

const repositoryRoot = path.resolve(import.meta.dirname, '..');
const serverBundle = 'build/server/main.js';
const rssSampleMs = 100;
/** Settings of the parent's environment that would change how the BFF reads the cluster or runs. */
const inheritedSettings = [
  'WATCH_CACHE',
  'WATCH_CACHE_TOKEN',
  'KUBECONFIG',
  'PORT',
  'HOST',
  'NODE_OPTIONS',
];

/** The chart's NODE_OPTIONS for the BFF (templates/deployment.yaml), from its default values. */
export async function deployedNodeOptions(): Promise<string> {
  const values = parse(
    await readFile(path.join(repositoryRoot, 'charts/windows-nodes-plugin/values.yaml'), 'utf8'),
  ) as { heapLimitMb: number };
  return `--max-old-space-size=${String(values.heapLimitMb)}`;
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

let bundled: Promise<unknown> | undefined;

/** Builds the server bundle from the working tree, once per bench run. */
function buildServerBundle(): Promise<unknown> {
  bundled ??= promisify(execFile)('npm', ['run', '--silent', 'build:server'], {
    cwd: repositoryRoot,
  });
  return bundled;
}

export async function startBff(
  name: string,
  kubeconfig: string,
  env: Record<string, string>,
): Promise<BffProcess> {
  await buildServerBundle();
  const port = await freePort();
  const baseEnv = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !inheritedSettings.includes(key)),
  );
  const child = spawn(process.execPath, [...profileOptions(name), serverBundle], {
    cwd: repositoryRoot,
    env: {
      ...baseEnv,
      KUBECONFIG: kubeconfig,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      NODE_OPTIONS: await deployedNodeOptions(),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const spawnedAt = performance.now();
  const pid = child.pid;
  if (pid === undefined) throw new Error(`BFF ${name} did not start`);
  let output = '';
  const keepTail = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout.on('data', keepTail);
  child.stderr.on('data', keepTail);
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  let running = true;
  void exited.then(() => {
    running = false;
  });

  let peakKb = 0;
  let phasePeakKb = 0;
  const sampler = setInterval(() => {
    void rssKb(pid).then((kb = 0) => {
      peakKb = Math.max(peakKb, kb);
      phasePeakKb = Math.max(phasePeakKb, kb);
    });
  }, rssSampleMs);
  const url = `http://127.0.0.1:${String(port)}`;
  const stop = async () => {
    clearInterval(sampler);
    if (!running) return;
    child.kill('SIGTERM');
    // SIGTERM closes the server gracefully; a BFF stuck on open connections is killed.
    await Promise.race([exited, sleep(5000).then(() => child.kill('SIGKILL'))]);
    await exited;
  };
  try {
    await waitFor(
      `BFF ${name} to listen`,
      async () => {
        if (!running) throw new Error(`exited:\n${output}`);
        return (await fetch(`${url}/healthz`)).ok || undefined;
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
    pid,
    spawnedAt,
    peakRssMb: () => peakKb / 1024,
    takePhasePeakRssMb: () => {
      const peak = phasePeakKb;
      phasePeakKb = 0;
      return peak / 1024;
    },
    metrics: async (token) =>
      (await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${token}` } })).text(),
    stop,
  };
}
