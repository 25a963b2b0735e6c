import type { FastifyBaseLogger } from 'fastify';
import type { LimitFunction } from 'p-limit';
import type {
  CheckResult,
  InstanceInput,
  PreflightLine,
  PreflightRecord,
} from '../../contract/byoh';
import { checksToRun, inCheckOrder, preflightOutcome } from '../domain/byoh/preflight-checks';
import { forEachBounded } from './bounded-parallel';
import { preflightHost, type PreflightTools } from './host-preflight';

export interface PreflightRun {
  hosts: readonly InstanceInput[];
  tools: PreflightTools;
  /** Remembers a host's result in the cluster; false when the caller may not write it. */
  save: (address: string, record: PreflightRecord) => Promise<boolean>;
  write: (line: PreflightLine) => void;
  /** The replica's turns at checking a host, shared by every preflight it runs. */
  hostTurns: LimitFunction;
  /** Aborted when the caller goes away: hosts not started yet are left alone. */
  signal: AbortSignal;
  log: FastifyBaseLogger;
}

/**
 * Checks several hosts, a bounded number at a time, streaming every check as it completes, then each host's
 * verdict once its record is saved, then `end`.
 */
export async function runPreflight(run: PreflightRun): Promise<void> {
  const { tools, write } = run;
  const hosts = [...new Map(run.hosts.map((host) => [host.address, host])).values()];
  await forEachBounded(hosts, tools.settings.parallelism, (host) =>
    run.hostTurns(() => checkHost(run, host)),
  );
  write({ type: 'end' });
}

/** One host's checks, streamed as they complete, then its verdict once its record is saved. */
async function checkHost(run: PreflightRun, host: InstanceInput): Promise<void> {
  const { tools, write, signal } = run;
  if (signal.aborted) return;
  const checks: CheckResult[] = [];
  const report = (check: CheckResult) => {
    checks.push(check);
    write({ type: 'check', address: host.address, check });
  };
  try {
    await preflightHost(host, tools, report);
  } catch (error) {
    run.log.error({ err: error, address: host.address }, 'preflight of a host failed');
    const reported = new Set(checks.map((check) => check.id));
    const all = checksToRun(tools.apiInt !== undefined);
    for (const id of all.filter((candidate) => !reported.has(candidate))) {
      report({ id, status: 'fail', code: 'internal-error' });
    }
  }
  const ordered = inCheckOrder(checks);
  const record = { at: new Date().toISOString(), username: host.username, checks: ordered };
  const saved = await run.save(host.address, record).catch((error: unknown) => {
    run.log.warn({ err: error, address: host.address }, 'preflight result not saved');
    return false;
  });
  write({ type: 'host', address: host.address, outcome: preflightOutcome(ordered), saved });
}
