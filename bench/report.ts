// What the bench measured, judged against the targets: the printed tables and results.json.
import type { ListPageFigures } from '../integration-tests/e2e/list-page-figures';
import type { ChangeLatency } from './change-latency';
import type { DerivationLatency } from './derivation-latency';
import type { LoadResult } from './http-load';
import { pageRows } from './list-pages';
import type { PagePayload } from './plugin-payload';
import type { FanoutRun } from './viewer-fanout';
import { renderTable } from './table';

export const targets = {
  cachedP95Ms: 20,
  speedup: 10,
  derivedP95Ms: 15,
  rssMb: 200,
  syncSeconds: 5,
  fanoutP95Ms: 400,
  /** Many streams' BFF CPU per change, against one stream's: within ±20 %. */
  fanoutCpuTolerance: 0.2,
  changeP95Ms: 1000,
  overviewGzipKb: 100,
  preflightRatio: 3,
  relayedPreflightRatio: 1.5,
  preflightFleetSeconds: 20,
  preflightBffCpuMsPerHost: 3,
};

export interface EndpointComparison {
  path: string;
  cached: LoadResult;
  naive: LoadResult;
  /** naive p95 / cached p95 */
  p95Speedup: number;
  /** cached req/s / naive req/s */
  throughputSpeedup: number;
  /** Each BFF's peak RSS while this endpoint was under load. */
  peakRssMb: { cached: number; naive: number };
}

export type PreflightScaling =
  | {
      measured: true;
      oneHostMs: number;
      hosts: number;
      manyHostsMs: number;
      /** Hosts the BFF checks at the same time. */
      parallelism: number;
      ratio: number;
      /** The many hosts' verdicts: the time is what it took to reach them, whatever they are. */
      outcomes: Record<string, number>;
      /** CPU the many hosts' run took: the BFF's, and the test peers' (sshd, sessions, simulated shell). */
      cpuSeconds: { bff: number; peers: number };
      /** The same hosts behind a relay adding a round trip, and a fleet of them at once. */
      overLatency: {
        roundTripMs: number;
        oneHostMs: number;
        manyHostsMs: number;
        ratio: number;
        /** The many hosts' login checks by code: `accepted`, or why not. */
        manyLogins: Record<string, number>;
        fleetHosts: number;
        fleetMs: number;
        fleetOutcomes: Record<string, number>;
        /** The fleet's login checks by code: the time counts only if every host was `accepted`. */
        fleetLogins: Record<string, number>;
        fleetCpuSeconds: { bff: number; peers: number };
        bffCpuMsPerHost: number;
      };
    }
  | { measured: false; reason: string };

/** The Overview's streams: one, then many, the same changes on each. */
export interface ViewerFanout {
  one: FanoutRun;
  many: FanoutRun;
}

/** The rows of the fleet part (`--only fleet`), which the full run measures too. */
export interface FleetResults {
  derivations: DerivationLatency[];
  /** The cached BFF's peak RSS over the run. */
  peakRssMb: number;
  syncSeconds: number;
  fanout: ViewerFanout;
}

export interface BenchResults {
  date: string;
  /** Context lines printed above the tables: machine, scenario, load shape, build. */
  context: string[];
  endpoints: EndpointComparison[];
  /** Reads right after a change, one at a time: derived, not answered from a kept document. */
  derivations: DerivationLatency[];
  peakRssMb: Record<string, number>;
  /** The cached BFF's start (process spawned) → its watch cache holds the scenario. */
  syncSeconds: number;
  fanout: ViewerFanout;
  changeToEvent: ChangeLatency & { changes: number };
  payload: PagePayload[];
  preflight: PreflightScaling;
  pages: ListPageFigures[];
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const seconds = (value: number) => `${value.toFixed(2)} s`;
const times = (value: number) => `×${value.toFixed(1)}`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const met = (ok: boolean) => (ok ? 'yes' : 'NO');

/** The BFF the targets are about; the naive one is there for comparison. */
export const cachedBffName = 'from watch cache';

/** `{ accepted: 48, timeout: 2 }` → `accepted 48, timeout 2` */
const counts = (byCode: Record<string, number>) =>
  Object.entries(byCode)
    .map(([code, count]) => `${code} ${String(count)}`)
    .join(', ');

const mb = (value: number) => `${value.toFixed(0)} MB`;

function latencyRows(endpoints: EndpointComparison[]): string[][] {
  return endpoints.flatMap(({ path, cached, naive, peakRssMb }) =>
    [[cached, peakRssMb.cached] as const, [naive, peakRssMb.naive] as const].map(
      ([result, rss]) => [
        path,
        result.name,
        String(result.latency.count),
        String(result.errors),
        ms(result.latency.p50),
        ms(result.latency.p95),
        result.requestsPerSecond.toFixed(1),
        mb(rss),
      ],
    ),
  );
}

/** Measurement, measured value, target, met. */
export function targetRows(results: BenchResults): string[][] {
  const { changeToEvent, preflight } = results;
  return [
    ...results.endpoints.flatMap((endpoint) => [
      [
        `GET ${endpoint.path} p95 from cache`,
        ms(endpoint.cached.latency.p95),
        `≤ ${String(targets.cachedP95Ms)} ms`,
        met(endpoint.cached.latency.p95 <= targets.cachedP95Ms && endpoint.cached.errors === 0),
      ],
      [
        `GET ${endpoint.path} cache vs naive`,
        `p95 ${times(endpoint.p95Speedup)}, req/s ${times(endpoint.throughputSpeedup)}`,
        `≥ ×${String(targets.speedup)}`,
        met(Math.min(endpoint.p95Speedup, endpoint.throughputSpeedup) >= targets.speedup),
      ],
    ]),
    ...fleetRows({
      derivations: results.derivations,
      peakRssMb: results.peakRssMb[cachedBffName] ?? Number.NaN,
      syncSeconds: results.syncSeconds,
      fanout: results.fanout,
    }),
    ...Object.entries(results.peakRssMb)
      .filter(([bff]) => bff !== cachedBffName)
      .map(([bff, rss]) => [`  BFF peak RSS over the run, ${bff}`, mb(rss), '', '']),
    [
      `Write → SSE event, ${String(changeToEvent.changes)} changes`,
      `p50 ${ms(changeToEvent.latency.p50)}, p95 ${ms(changeToEvent.latency.p95)}, missed ${String(changeToEvent.missed)}`,
      `p95 ≤ ${String(targets.changeP95Ms)} ms`,
      met(changeToEvent.latency.p95 <= targets.changeP95Ms && changeToEvent.missed === 0),
    ],
    ...payloadRows(results.payload),
    ...preflightRows(preflight),
    ...pageRows(results.pages),
  ];
}

/** What the browser fetches from the plugin: the Overview's, then each other page's on top of it. */
function payloadRows(payload: PagePayload[]): string[][] {
  const overview = payload.find((page) => page.id === 'overview');
  return [
    overview
      ? [
          `Plugin payload for ${overview.path} (gzip)`,
          `${kb(overview.gzipBytes)} in ${String(overview.files)} files`,
          `≤ ${String(targets.overviewGzipKb)} KB`,
          met(overview.gzipBytes / 1024 <= targets.overviewGzipKb),
        ]
      : ['Plugin payload for the Overview (gzip)', 'not measured: no overview page', '', 'NO'],
    ...payload
      .filter((page) => page !== overview)
      .map((page) => [
        `  + ${page.path} after the Overview`,
        `${kb(page.extraGzipBytes)} in ${String(page.extraFiles)} files`,
        '',
        '',
      ]),
  ];
}

/** Over the relay's round trip first (the targets), then on loopback alone. */
function preflightRows(preflight: PreflightScaling): string[][] {
  if (!preflight.measured)
    return [['SSH preflight, 50 hosts vs 1', `not measured: ${preflight.reason}`, '', '']];
  const far = preflight.overLatency;
  const rtt = `${String(far.roundTripMs)} ms round trip`;
  return [
    [
      `SSH preflight over a ${rtt}, ${String(preflight.hosts)} hosts vs 1`,
      `${seconds(far.manyHostsMs / 1000)} vs ${seconds(far.oneHostMs / 1000)}: ${times(far.ratio)}; logins ${counts(far.manyLogins)}`,
      `≤ ×${String(targets.relayedPreflightRatio)}, all logged in`,
      met(
        far.ratio <= targets.relayedPreflightRatio && far.manyLogins.accepted === preflight.hosts,
      ),
    ],
    [
      `SSH preflight over a ${rtt}, ${String(far.fleetHosts)} hosts (${String(far.fleetHosts / preflight.hosts)} requests at once)`,
      `${seconds(far.fleetMs / 1000)}; logins ${counts(far.fleetLogins)}; CPU: BFF ${seconds(far.fleetCpuSeconds.bff)}, peers ${seconds(far.fleetCpuSeconds.peers)}`,
      `≤ ${String(targets.preflightFleetSeconds)} s, all logged in`,
      met(
        far.fleetMs / 1000 <= targets.preflightFleetSeconds &&
          far.fleetLogins.accepted === far.fleetHosts,
      ),
    ],
    [
      `SSH preflight over a ${rtt}: the BFF's CPU per host`,
      ms(far.bffCpuMsPerHost),
      `≤ ${String(targets.preflightBffCpuMsPerHost)} ms`,
      met(far.bffCpuMsPerHost <= targets.preflightBffCpuMsPerHost),
    ],
    [
      `SSH preflight on loopback, ${String(preflight.hosts)} hosts vs 1 (${String(preflight.parallelism)} at a time)`,
      `${ms(preflight.manyHostsMs)} vs ${ms(preflight.oneHostMs)}: ${times(preflight.ratio)}; CPU: BFF ${seconds(preflight.cpuSeconds.bff)}, peers ${seconds(preflight.cpuSeconds.peers)}`,
      `≤ ×${String(targets.preflightRatio)}`,
      met(preflight.ratio <= targets.preflightRatio),
    ],
  ];
}

function fanoutRow({ streams, changes, latency, worstStreamP95, missed }: FanoutRun): string[] {
  return [
    `Write → Overview event on each of ${String(streams)} streams, ${String(changes)} changes`,
    `p50 ${ms(latency.p50)}, p95 ${ms(latency.p95)}, worst stream's p95 ${ms(worstStreamP95)}, missed ${String(missed)}`,
    `every stream's p95 ≤ ${String(targets.fanoutP95Ms)} ms`,
    met(worstStreamP95 <= targets.fanoutP95Ms && missed === 0),
  ];
}

/** First reads after a change, memory, start-up and many viewers: what the fleet part measures. */
export function fleetRows({
  derivations,
  peakRssMb,
  syncSeconds,
  fanout,
}: FleetResults): string[][] {
  const cpuRatio = fanout.many.cpuMsPerChange / fanout.one.cpuMsPerChange;
  return [
    ...derivations.map(({ path, latency, derived }) => [
      `GET ${path} right after a change (derived afresh), 1 in flight`,
      `p50 ${ms(latency.p50)}, p95 ${ms(latency.p95)}; ${String(derived)} of ${String(latency.count)} derived`,
      `p95 ≤ ${String(targets.derivedP95Ms)} ms`,
      met(latency.p95 <= targets.derivedP95Ms && derived === latency.count),
    ]),
    [
      'BFF peak RSS over the run (from watch cache)',
      mb(peakRssMb),
      `≤ ${String(targets.rssMb)} MB`,
      met(peakRssMb <= targets.rssMb),
    ],
    [
      'BFF start → watch cache in sync',
      seconds(syncSeconds),
      `≤ ${String(targets.syncSeconds)} s`,
      met(syncSeconds <= targets.syncSeconds),
    ],
    fanoutRow(fanout.one),
    fanoutRow(fanout.many),
    [
      `BFF CPU per change, ${String(fanout.many.streams)} streams vs 1`,
      `${ms(fanout.many.cpuMsPerChange)} vs ${ms(fanout.one.cpuMsPerChange)}: ×${cpuRatio.toFixed(2)}`,
      `×1 ± ${String(targets.fanoutCpuTolerance * 100)} %`,
      met(Math.abs(cpuRatio - 1) <= targets.fanoutCpuTolerance),
    ],
  ];
}

const targetHeaders = ['Measurement', 'Measured', 'Target', 'Met'];

export function renderReport(results: BenchResults): string {
  return [
    ...results.context,
    '',
    renderTable(
      ['Endpoint', 'BFF', 'Requests', 'Errors', 'p50', 'p95', 'Req/s', 'Peak RSS'],
      latencyRows(results.endpoints),
    ),
    '',
    renderTable(targetHeaders, targetRows(results)),
  ].join('\n');
}

/** `--only fleet`: the context and the fleet's rows alone. */
export function renderFleetReport(context: string[], fleet: FleetResults): string {
  return [...context, '', renderTable(targetHeaders, fleetRows(fleet))].join('\n');
}

/** `--only preflight`: the context and the preflight's row alone. */
export function renderPreflightReport(context: string[], preflight: PreflightScaling): string {
  return [...context, '', renderTable(targetHeaders, preflightRows(preflight))].join('\n');
}

/** `--only payload`: the context and the payload's rows alone. */
export function renderPayloadReport(context: string[], payload: PagePayload[]): string {
  return [...context, '', renderTable(targetHeaders, payloadRows(payload))].join('\n');
}
