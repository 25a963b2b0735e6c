// What the bench measured, judged against the targets: the printed tables and results.json.
import type { ChangeLatency } from './change-latency';
import type { DerivationLatency } from './derivation-latency';
import type { LoadResult } from './http-load';
import type { PagePayload } from './plugin-payload';
import { renderTable } from './table';

export const targets = {
  cachedP95Ms: 20,
  speedup: 10,
  rssMb: 300,
  changeP95Ms: 1000,
  overviewGzipKb: 250,
  preflightRatio: 3,
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
    }
  | { measured: false; reason: string };

export interface BenchResults {
  date: string;
  /** Context lines printed above the tables: machine, scenario, load shape, build. */
  context: string[];
  endpoints: EndpointComparison[];
  /** Reads right after a change, one at a time: derived, not answered from a kept document. */
  derivations: DerivationLatency[];
  peakRssMb: Record<string, number>;
  changeToEvent: ChangeLatency & { changes: number };
  payload: PagePayload[];
  preflight: PreflightScaling;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const seconds = (value: number) => `${value.toFixed(2)} s`;
const times = (value: number) => `×${value.toFixed(1)}`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const met = (ok: boolean) => (ok ? 'yes' : 'NO');

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
    ...results.derivations.map(({ path, latency, derived }) => [
      `  GET ${path} right after a change, 1 in flight`,
      `p50 ${ms(latency.p50)}, p95 ${ms(latency.p95)}; ${String(derived)} of ${String(latency.count)} derived`,
      '',
      '',
    ]),
    ...Object.entries(results.peakRssMb).map(([bff, rss]) => [
      `BFF peak RSS over the run, ${bff}`,
      mb(rss),
      `≤ ${String(targets.rssMb)} MB`,
      met(rss <= targets.rssMb),
    ]),
    [
      `Write → SSE event, ${String(changeToEvent.changes)} changes`,
      `p50 ${ms(changeToEvent.latency.p50)}, p95 ${ms(changeToEvent.latency.p95)}, missed ${String(changeToEvent.missed)}`,
      `p95 ≤ ${String(targets.changeP95Ms)} ms`,
      met(changeToEvent.latency.p95 <= targets.changeP95Ms && changeToEvent.missed === 0),
    ],
    ...payloadRows(results.payload),
    preflightRow(preflight),
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

function preflightRow(preflight: PreflightScaling): string[] {
  return preflight.measured
    ? [
        `SSH preflight, ${String(preflight.hosts)} hosts vs 1 (${String(preflight.parallelism)} at a time)`,
        `${ms(preflight.manyHostsMs)} vs ${ms(preflight.oneHostMs)}: ${times(preflight.ratio)}; CPU: BFF ${seconds(preflight.cpuSeconds.bff)}, peers ${seconds(preflight.cpuSeconds.peers)}`,
        `≤ ×${String(targets.preflightRatio)}`,
        met(preflight.ratio <= targets.preflightRatio),
      ]
    : ['SSH preflight, 50 hosts vs 1', `not measured: ${preflight.reason}`, '', ''];
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

/** `--only preflight`: the context and the preflight's row alone. */
export function renderPreflightReport(context: string[], preflight: PreflightScaling): string {
  return [...context, '', renderTable(targetHeaders, [preflightRow(preflight)])].join('\n');
}

/** `--only payload`: the context and the payload's rows alone. */
export function renderPayloadReport(context: string[], payload: PagePayload[]): string {
  return [...context, '', renderTable(targetHeaders, payloadRows(payload))].join('\n');
}
