import type {
  CheckResult,
  CheckStatus,
  InstanceInput,
  PreflightLine,
} from '../../../server/contract/byoh';
import { inCheckOrder, preflightOutcome } from '../../../server/src/domain/byoh/preflight-checks';

/** One host's preflight as it streams in. */
export interface HostPreflight extends InstanceInput {
  checks: CheckResult[];
  /** Set once the host is done. */
  outcome?: CheckStatus;
  /** Whether the result was recorded in the cluster (false: no permission to write it). */
  saved?: boolean;
}

export interface PreflightState {
  hosts: HostPreflight[];
  finished: boolean;
}

export function startPreflight(hosts: InstanceInput[]): PreflightState {
  return { hosts: hosts.map((host) => ({ ...host, checks: [] })), finished: false };
}

function updateHost(
  state: PreflightState,
  address: string,
  update: (host: HostPreflight) => HostPreflight,
): PreflightState {
  return {
    ...state,
    hosts: state.hosts.map((host) => (host.address === address ? update(host) : host)),
  };
}

/** The state after one streamed line; checks stay in list order whatever order they arrive in. */
export function withLine(state: PreflightState, line: PreflightLine): PreflightState {
  switch (line.type) {
    case 'check':
      return updateHost(state, line.address, (host) => ({
        ...host,
        checks: inCheckOrder([...host.checks, line.check]),
      }));
    case 'host':
      return updateHost(state, line.address, (host) => ({
        ...host,
        outcome: line.outcome,
        saved: line.saved,
      }));
    case 'end':
      return { ...state, finished: true };
  }
}

/** A check run again (after remediation) replaces the earlier verdict, and the host's outcome follows. */
export function withCheck(
  state: PreflightState,
  address: string,
  check: CheckResult,
): PreflightState {
  return updateHost(state, address, (host) => {
    const checks = inCheckOrder([...host.checks, check]);
    return { ...host, checks, outcome: preflightOutcome(checks) };
  });
}

/** The verdict over all hosts once finished: any failure fails it. */
export function overallOutcome(state: PreflightState): CheckStatus | undefined {
  if (!state.finished) return undefined;
  return preflightOutcome(state.hosts.flatMap((host) => host.checks));
}
