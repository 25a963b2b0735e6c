// npm run bench: the product's performance record on a 2-core machine. Seeds the `large` scenario into
// a real API server, runs two BFF processes side by side (one serving from the shared watch cache, one
// listing everything from the API server per request), and measures endpoint latency and throughput,
// BFF memory, change-to-page latency over server-sent events, the plugin's JS payload and the SSH
// preflight's scaling. Prints a table and writes bench/results.json. Every figure is measured in this
// run; nothing is carried over or assumed.
// Then the list pages at the same scale in Chromium, in the real console where its files are present.
// `npm run bench -- --only preflight` measures the SSH preflight alone, on a small scenario, in about a
// minute; it prints its row and leaves bench/results.json alone.
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { apiPrefix } from '../server/contract/paths';
import { KubeClient } from '../integration-tests/cluster/kube-client';
import { startLocalCluster, type LocalCluster } from '../integration-tests/cluster/local-cluster';
import { largeScenario, seedLarge } from '../integration-tests/cluster/scenarios/large';
import { waitFor } from '../integration-tests/cluster/wait-for';
import { hasRealConsole } from '../integration-tests/console/real-console';
import { listPageTargets, measureListPages } from '../integration-tests/e2e/measure-pages';
import {
  deployedNodeOptions,
  startBffProcess,
  type BffProcess,
} from '../integration-tests/bff-process';
import { measureChangeToEvent } from './change-latency';
import { measureDerivation } from './derivation-latency';
import { interleavedLoad } from './http-load';
import { renderPagesReport } from './list-pages';
import { measurePluginPayload, payloadConsole, preparePluginBuild } from './plugin-payload';
import {
  cachedBffName,
  renderFleetReport,
  renderPayloadReport,
  renderPreflightReport,
  renderReport,
  type BenchResults,
  type EndpointComparison,
  type FleetResults,
  type PreflightScaling,
} from './report';
import { planPreflightBench, sshCryptoContext, type PreflightBench } from './ssh-preflight';
import { measureFanout } from './viewer-fanout';

/** The views measured, where the BFF serves them. */
const endpointCandidates = ['/overview', '/nodes', '/upgrades'];
// A naive request takes seconds at this scale: batches are cut by time, and a round's naive batch
// runs over by at most the requests in flight.
const load = {
  concurrency: 4,
  warmup: 2,
  rounds: 4,
  cachedPerRound: 200,
  naivePerRound: 50,
  budgetMs: 32_000,
};
const changes = 200;
const derivationRounds = 60;
/** Open `/events` streams of the Overview for the many-viewers row. */
const viewers = 100;

const started = performance.now();
const secondsSince = (fromMs: number) => (performance.now() - fromMs) / 1000;
function log(line: string): void {
  console.error(`[bench ${secondsSince(started).toFixed(0).padStart(4)} s] ${line}`);
}

/** Waits until the cache holds every node and Machine the scenario seeded. */
async function waitForCacheSync(bff: BffProcess, token: string): Promise<void> {
  const expected = {
    nodes: largeScenario.nodes.length,
    'machines.machine.openshift.io': largeScenario.nodes.length,
  };
  await waitFor(
    'the watch cache to hold the large scenario',
    async () => {
      const metrics = await bff.metrics(token);
      const synced = Object.entries(expected).every(([resource, count]) =>
        metrics.includes(
          `windows_nodes_bff_watch_cache_objects{resource="${resource}"} ${String(count)}`,
        ),
      );
      return synced || undefined;
    },
    { timeoutMs: 120_000, intervalMs: 250 },
  );
}

/** The candidate endpoints the BFF's OpenAPI document lists. */
async function servedEndpoints(bff: BffProcess): Promise<string[]> {
  const response = await fetch(`${bff.url}${apiPrefix}/openapi.json`);
  const openApi = (await response.json()) as { paths: Record<string, unknown> };
  return endpointCandidates
    .map((endpoint) => `${apiPrefix}${endpoint}`)
    .filter((endpoint) => endpoint in openApi.paths);
}

async function compareEndpoints(
  cached: BffProcess,
  naive: BffProcess,
  token: string,
): Promise<EndpointComparison[]> {
  const comparisons: EndpointComparison[] = [];
  for (const endpoint of await servedEndpoints(cached)) {
    for (const bff of [cached, naive]) bff.takePhasePeakRssMb();
    const [fromCache, fromApi] = await interleavedLoad(
      endpoint,
      [
        { name: cached.name, url: cached.url, requestsPerRound: load.cachedPerRound },
        { name: naive.name, url: naive.url, requestsPerRound: load.naivePerRound },
      ],
      { token, ...load },
    );
    if (!fromCache || !fromApi) throw new Error(`no load result for ${endpoint}`);
    comparisons.push({
      path: endpoint,
      cached: fromCache,
      naive: fromApi,
      p95Speedup: fromApi.latency.p95 / fromCache.latency.p95,
      throughputSpeedup: fromCache.requestsPerSecond / fromApi.requestsPerSecond,
      peakRssMb: { cached: cached.takePhasePeakRssMb(), naive: naive.takePhasePeakRssMb() },
    });
    log(
      `${endpoint}: p95 ${fromCache.latency.p95.toFixed(1)} ms from cache, ${fromApi.latency.p95.toFixed(1)} ms naive`,
    );
  }
  return comparisons;
}

/** The one part `--only` runs instead of everything. */
const parts = ['preflight', 'payload', 'fleet', 'pages'] as const;
function partToRun(args: readonly string[]): (typeof parts)[number] | undefined {
  const index = args.indexOf('--only');
  if (index === -1) return undefined;
  const part = parts.find((candidate) => candidate === args[index + 1]);
  if (!part) throw new Error(`--only takes one part: ${parts.join(', ')}`);
  return part;
}

/** Everything started so far, stopped in reverse order, once (also on Ctrl-C). */
const running: { name: string; stop: () => Promise<void> | void }[] = [];
let stopping: Promise<void> | undefined;
function stopAll(): Promise<void> {
  stopping ??= (async () => {
    for (const { name, stop } of running.reverse()) {
      try {
        await stop();
      } catch (error) {
        log(`stopping ${name} failed: ${String(error)}`);
      }
    }
  })();
  return stopping;
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping`);
    void stopAll().finally(() => process.exit(130));
  });
}

function machineContext(loadAtStart: number): string {
  return `Machine: ${String(cpus().length)} CPUs; 1-minute load average ${loadAtStart.toFixed(1)} at start, ${(loadavg()[0] ?? Number.NaN).toFixed(1)} at the end`;
}

async function startCluster(
  scenario?: string,
): Promise<{ cluster: LocalCluster; admin: KubeClient }> {
  log(`starting the local cluster${scenario ? ` (${scenario})` : ''}`);
  const cluster = await startLocalCluster({ scenario, log });
  running.push({ name: 'the local cluster', stop: () => cluster.stop() });
  const admin = new KubeClient({
    server: cluster.server,
    caData: cluster.caData,
    token: cluster.tokens.admin,
  });
  running.push({
    name: 'the admin client',
    stop: () => {
      admin.close();
    },
  });
  return { cluster, admin };
}

async function startTrackedBff(
  name: string,
  cluster: LocalCluster,
  env: Record<string, string>,
): Promise<BffProcess> {
  const bff = await startBffProcess({ name, kubeconfig: cluster.kubeconfigPath('admin'), env });
  running.push({ name: `BFF ${name}`, stop: () => bff.stop() });
  return bff;
}

function measurePreflight(
  bench: PreflightBench,
  bff: BffProcess,
  cluster: LocalCluster,
  admin: KubeClient,
): Promise<PreflightScaling> {
  log('SSH preflight: one host, then 50');
  bff.takePhasePeakRssMb();
  return bench
    .measure({ bffUrl: bff.url, bffPid: bff.pid, token: cluster.tokens.admin, admin })
    .catch((error: unknown) => ({
      measured: false as const,
      reason: error instanceof Error ? error.message : String(error),
    }))
    .finally(() => {
      log(`SSH preflight: the BFF's peak RSS during it ${bff.takePhasePeakRssMb().toFixed(0)} MB`);
    });
}

/** The preflight alone: WMCO and its key on a small cluster, one BFF as the full run's cached one. */
async function preflightOnly(): Promise<string> {
  const loadAtStart = loadavg()[0] ?? Number.NaN;
  const scenario = 'aws-wmco-installed';
  const preflightBench = await planPreflightBench();
  const { cluster, admin } = await startCluster(scenario);
  const bff = await startTrackedBff(cachedBffName, cluster, {
    WATCH_CACHE_TOKEN: cluster.tokens.admin,
    ...preflightBench.bffEnv,
  });
  const preflight = await measurePreflight(preflightBench, bff, cluster, admin);
  return renderPreflightReport(
    [machineContext(loadAtStart), `Scenario ${scenario}; --only preflight`, sshCryptoContext()],
    preflight,
  );
}

/** The plugin's payload alone: every page on a small cluster with Windows nodes, one BFF. */
async function payloadOnly(): Promise<string> {
  const loadAtStart = loadavg()[0] ?? Number.NaN;
  const pluginBuild = await preparePluginBuild(log);
  running.push({ name: 'the copy of dist/', stop: () => pluginBuild.remove() });
  const scenario = 'wmco-installed-with-nodes';
  const { cluster } = await startCluster(scenario);
  const bff = await startTrackedBff(cachedBffName, cluster, {
    WATCH_CACHE_TOKEN: cluster.tokens.admin,
    PLUGIN_DIST_DIR: pluginBuild.dir,
  });
  log(`plugin payload: every page in Chromium in ${payloadConsole}`);
  const payload = await measurePluginPayload({
    bffUrl: bff.url,
    apiServer: cluster.server,
    tokens: cluster.tokens,
  });
  return renderPayloadReport(
    [
      machineContext(loadAtStart),
      `Scenario ${scenario}; --only payload`,
      `Plugin build measured: dist/ of ${pluginBuild.builtAt.toISOString()}, in ${payloadConsole}`,
    ],
    payload,
  );
}

/** Starts the BFF that reads from the watch cache and times its spawn → the cache holding the scenario. */
async function startCachedBff(
  cluster: LocalCluster,
  env: Record<string, string>,
): Promise<{ bff: BffProcess; syncSeconds: number }> {
  const bff = await startTrackedBff(cachedBffName, cluster, {
    ...env,
    WATCH_CACHE_TOKEN: cluster.tokens.admin,
  });
  await waitForCacheSync(bff, cluster.tokens.admin);
  const syncSeconds = secondsSince(bff.spawnedAt);
  log(
    `watch cache in sync ${syncSeconds.toFixed(1)} s after the BFF was started; peak RSS so far ${bff.peakRssMb().toFixed(0)} MB`,
  );
  return { bff, syncSeconds };
}

/** First reads after a change, then the Overview's streams: one, then many, the same changes each. */
async function measureFleet(
  bff: BffProcess,
  cluster: LocalCluster,
  admin: KubeClient,
  paths: readonly string[],
): Promise<Omit<FleetResults, 'peakRssMb' | 'syncSeconds'>> {
  const token = cluster.tokens.admin;
  log(
    `derived afresh: ${String(derivationRounds)} node changes, each endpoint read once after each`,
  );
  const derivations = await measureDerivation({
    bff,
    token,
    admin,
    nodeName: largeScenario.nodes[0]?.name ?? '',
    paths,
    rounds: derivationRounds,
  });
  const fanout = async (streams: number) => {
    log(`many viewers: ${String(changes)} changes on ${String(streams)} Overview streams`);
    return measureFanout({
      bffUrl: bff.url,
      bffPid: bff.pid,
      token,
      admin,
      nodes: largeScenario.nodes,
      streams,
      changes,
      timeoutMs: 10_000,
    });
  };
  log(`peak RSS so far ${bff.peakRssMb().toFixed(0)} MB`);
  const one = await fanout(1);
  log(`peak RSS so far ${bff.peakRssMb().toFixed(0)} MB`);
  const many = await fanout(viewers);
  log(`peak RSS so far ${bff.peakRssMb().toFixed(0)} MB`);
  return { derivations, fanout: { one, many } };
}

async function seedLargeScenario(admin: KubeClient): Promise<number> {
  log('seeding the large scenario');
  const seedStarted = performance.now();
  await seedLarge(admin);
  const seedSeconds = secondsSince(seedStarted);
  log(`seeded in ${seedSeconds.toFixed(1)} s`);
  return seedSeconds;
}

/** The fleet's rows alone: the large scenario and the BFF that reads from the watch cache. */
async function fleetOnly(): Promise<string> {
  const loadAtStart = loadavg()[0] ?? Number.NaN;
  const { cluster, admin } = await startCluster();
  const seedSeconds = await seedLargeScenario(admin);
  const { bff, syncSeconds } = await startCachedBff(cluster, {});
  const measured = await measureFleet(bff, cluster, admin, await servedEndpoints(bff));
  return renderFleetReport(
    [
      machineContext(loadAtStart),
      `Scenario large (${String(largeScenario.nodes.length)} Windows nodes), seeded in ${seedSeconds.toFixed(1)} s; --only fleet`,
    ],
    { ...measured, syncSeconds, peakRssMb: bff.peakRssMb() },
  );
}

/** The list pages at 2,000 nodes on a stack of their own: the production build in the payload's console. */
function measurePages() {
  log(`list pages: ${String(listPageTargets.length)} pages at 2,000 nodes in ${payloadConsole}`);
  return measureListPages(hasRealConsole('4.22') ? '4.22' : 'dev-shell', listPageTargets, log);
}

/** The list pages' rows alone. */
async function pagesOnly(): Promise<string> {
  const loadAtStart = loadavg()[0] ?? Number.NaN;
  const figures = await measurePages();
  return renderPagesReport(
    [machineContext(loadAtStart), `Scenario large, in ${payloadConsole}; --only pages`],
    figures,
  );
}

async function main(): Promise<BenchResults> {
  const loadAtStart = loadavg()[0] ?? Number.NaN;
  const pluginBuild = await preparePluginBuild(log);
  running.push({ name: 'the copy of dist/', stop: () => pluginBuild.remove() });
  const preflightBench = await planPreflightBench();
  const { cluster, admin } = await startCluster();

  const seedSeconds = await seedLargeScenario(admin);

  const sharedEnv = { PLUGIN_DIST_DIR: pluginBuild.dir, ...preflightBench.bffEnv };
  // One at a time: the cached BFF's start-up is timed alone.
  const { bff: cached, syncSeconds } = await startCachedBff(cluster, sharedEnv);
  const cachedStartRssMb = cached.takePhasePeakRssMb();
  const naive = await startTrackedBff('naive', cluster, { ...sharedEnv, WATCH_CACHE: 'off' });
  const bffs = [cached, naive];
  const startRssMb = [
    `${cached.name} ${cachedStartRssMb.toFixed(0)} MB`,
    `${naive.name} ${naive.takePhasePeakRssMb().toFixed(0)} MB`,
  ];

  const endpoints = await compareEndpoints(cached, naive, cluster.tokens.admin);

  const fleet = await measureFleet(
    cached,
    cluster,
    admin,
    endpoints.map((endpoint) => endpoint.path),
  );

  log(`change-to-page: ${String(changes)} node changes, each awaited on /api/v1/nodes/events`);
  cached.takePhasePeakRssMb();
  const changeToEvent = await measureChangeToEvent({
    bffUrl: cached.url,
    token: cluster.tokens.admin,
    admin,
    nodeNames: largeScenario.nodes.map((node) => node.name),
    changes,
    timeoutMs: 10_000,
  });

  log(`change-to-page: the BFF's peak RSS during it ${cached.takePhasePeakRssMb().toFixed(0)} MB`);
  log(`plugin payload: every page in Chromium in ${payloadConsole}`);
  const payload = await measurePluginPayload({
    bffUrl: cached.url,
    apiServer: cluster.server,
    tokens: cluster.tokens,
  });

  log(`plugin payload: the BFF's peak RSS during it ${cached.takePhasePeakRssMb().toFixed(0)} MB`);
  const preflight = await measurePreflight(preflightBench, cached, cluster, admin);
  const pages = await measurePages();

  const { nodes, machineSets, byohEntries } = largeScenario;
  return {
    date: new Date().toISOString(),
    context: [
      machineContext(loadAtStart),
      `Scenario large: ${String(nodes.length)} Windows nodes on ${String(nodes.length)} Machines in ${String(machineSets.length)} MachineSets, ${String(Object.keys(byohEntries).length)} BYOH entries; seeded in ${seedSeconds.toFixed(1)} s`,
      `Load per endpoint: ${String(load.concurrency)} requests in flight; ${String(load.rounds)} rounds of alternating batches (≤ ${String(load.cachedPerRound)} from cache, ≤ ${String(load.naivePerRound)} naive) within ${String(load.budgetMs / 1000)} s`,
      `BFFs (node ${await deployedNodeOptions()} build/server/main.js, as the chart runs it): peak RSS from start to cache sync: ${startRssMb.join(', ')}`,
      `Plugin build measured: dist/ of ${pluginBuild.builtAt.toISOString()}, in ${payloadConsole}`,
      sshCryptoContext(),
    ],
    endpoints,
    ...fleet,
    syncSeconds,
    peakRssMb: Object.fromEntries(bffs.map((bff) => [bff.name, bff.peakRssMb()])),
    changeToEvent: { ...changeToEvent, changes },
    payload,
    preflight,
    pages,
  };
}

try {
  const part = partToRun(process.argv.slice(2));
  if (part) {
    const only = {
      preflight: preflightOnly,
      payload: payloadOnly,
      fleet: fleetOnly,
      pages: pagesOnly,
    };
    const report = await only[part]();
    await stopAll();
    console.log(report);
  } else {
    const results = await main();
    await stopAll();
    console.log(renderReport(results));
    await writeFile(
      path.join(import.meta.dirname, 'results.json'),
      `${JSON.stringify({ ...results, totalSeconds: secondsSince(started) }, null, 2)}\n`,
    );
    log('wrote bench/results.json');
  }
} catch (error) {
  log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
} finally {
  await stopAll();
}
