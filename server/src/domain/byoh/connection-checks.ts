import type { CheckResult } from '../../../contract/byoh';
import type { PortProbe } from './node-ports';

/** TCP to the SSH port: WMCO connects there first. */
export function judgeSshPort(probe: PortProbe, port: number): CheckResult {
  const params = { port: String(port) };
  if (probe === 'open') return { id: 'ssh-port', status: 'pass', code: 'reachable', params };
  return {
    id: 'ssh-port',
    status: 'fail',
    code: probe === 'closed' ? 'refused' : 'filtered',
    params,
  };
}

/** Where the trusted host key was found: WMCO keeps it in its ConfigMap until the node exists, then on the node. */
export type PinSource = 'configmap' | 'node';

/** What became of the host key the host presented, against the one pinned in the cluster. */
export type HostKeySituation =
  | { kind: 'matches'; fingerprint: string; source: PinSource }
  | { kind: 'mismatch'; presented: string; pinned: string; source: PinSource }
  | { kind: 'pinned-now'; fingerprint: string }
  /** First contact, but the key was not recorded: the login failed, or the caller may not write the pin. */
  | { kind: 'not-pinned'; fingerprint: string; reason: 'login-failed' | 'not-allowed' }
  | { kind: 'pins-unreadable' };

export function judgeHostKey(situation: HostKeySituation): CheckResult {
  switch (situation.kind) {
    case 'matches':
      return {
        id: 'host-key',
        status: 'pass',
        code: `matches-${situation.source}`,
        params: { fingerprint: situation.fingerprint },
      };
    case 'mismatch':
      return {
        id: 'host-key',
        status: 'fail',
        code: `mismatch-${situation.source}`,
        params: { presented: situation.presented, pinned: situation.pinned },
      };
    case 'pinned-now':
      return {
        id: 'host-key',
        status: 'pass',
        code: 'pinned-now',
        params: { fingerprint: situation.fingerprint },
      };
    case 'not-pinned':
      return {
        id: 'host-key',
        status: 'warn',
        code: `not-pinned-${situation.reason}`,
        params: { fingerprint: situation.fingerprint },
      };
    case 'pins-unreadable':
      return { id: 'host-key', status: 'fail', code: 'pins-unreadable' };
  }
}

/** How the login with cloud-private-key went. */
export type LoginOutcome =
  | { kind: 'accepted' }
  | { kind: 'rejected'; username: string; fingerprint: string }
  | { kind: 'no-session'; reason: 'timeout' | 'handshake' };

export function judgeLogin(outcome: LoginOutcome): CheckResult {
  switch (outcome.kind) {
    case 'accepted':
      return { id: 'login', status: 'pass', code: 'accepted' };
    case 'rejected':
      return {
        id: 'login',
        status: 'fail',
        code: 'rejected',
        params: { username: outcome.username, fingerprint: outcome.fingerprint },
      };
    case 'no-session':
      return { id: 'login', status: 'fail', code: outcome.reason };
  }
}
