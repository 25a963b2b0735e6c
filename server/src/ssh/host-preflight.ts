import { isIPv4 } from 'node:net';
import type { CheckId, CheckResult, InstanceInput } from '../../contract/byoh';
import { apiIntUnnamed, judgeApiInt, type ApiIntTarget } from '../domain/byoh/api-int-check';
import {
  judgeHostKey,
  judgeLogin,
  judgeSshPort,
  type HostKeySituation,
} from '../domain/byoh/connection-checks';
import {
  judgeAdapters,
  judgeBuild,
  judgeContainerd,
  judgeHostname,
  judgeReverseDns,
  judgeShell,
  type BuildRules,
} from '../domain/byoh/host-checks';
import { parseHostFacts, type HostFacts } from '../domain/byoh/host-facts';
import { judgeNodePorts } from '../domain/byoh/node-ports';
import { checksToRun, skipped, type SkipReason } from '../domain/byoh/preflight-checks';
import type { HostKeyPinStore } from './host-key-pin-store';
import type { ByohSettings } from './byoh-settings';
import { commandCatalogue } from './command-catalogue';
import type { HostResolver } from './host-resolver';
import type { LoginKey } from './login-key';
import { probeNodePorts } from './node-port-probes';
import { keyFingerprint, openSession, type ConnectionLoss, type SshSession } from './ssh-session';
import { probeTcp } from './tcp-probe';

/** The checks that need a command on the host. */
const checksOverSsh = [
  'default-shell',
  'windows-build',
  'hostname',
  'network-adapters',
  'containerd',
  'api-int',
] as const satisfies readonly CheckId[];

/**
 * What a preflight needs besides the host: how to reach it, whom to trust, which builds WMCO takes, and
 * which internal API name the host must resolve (only on vSphere; without it the check is not run).
 */
export interface PreflightTools {
  settings: ByohSettings;
  resolver: HostResolver;
  pins: HostKeyPinStore;
  key: LoginKey;
  buildRules: BuildRules;
  apiInt?: ApiIntTarget;
}

/** One host's checks, each reported the moment it is known. */
class HostPreflight {
  private readonly results = new Map<CheckId, CheckResult>();
  private readonly checks: readonly CheckId[];

  constructor(
    private readonly host: InstanceInput,
    private readonly tools: PreflightTools,
    private readonly report: (check: CheckResult) => void,
  ) {
    this.checks = checksToRun(tools.apiInt !== undefined);
  }

  async run(): Promise<void> {
    const { settings, resolver } = this.tools;
    const [ip] = await resolver.ipv4(this.host.address);
    if (ip === undefined) {
      this.emit({
        id: 'ssh-port',
        status: 'fail',
        code: 'unresolvable',
        params: { address: this.host.address },
      });
      this.skipRest('unresolvable');
      return;
    }
    const ports = probeNodePorts(ip, settings.connectTimeoutMs);
    const ptr = resolver.reverse(ip);
    const sshPort = await probeTcp(ip, settings.sshPort, settings.connectTimeoutMs);
    this.emit(judgeSshPort(sshPort, settings.sshPort));
    const facts = sshPort === 'open' ? await this.overSsh(ip) : 'no-connection';
    this.emit(judgeReverseDns(this.host.address, ip, await ptr, isIPv4(this.host.address)));
    this.emit(
      judgeNodePorts(await ports, typeof facts === 'string' ? undefined : facts.firewallRules),
    );
    if (typeof facts === 'string') this.skipRest(facts);
  }

  /** Host key, login, shell and the host's facts; or why the checks after these cannot run. */
  private async overSsh(ip: string): Promise<HostFacts | SkipReason> {
    const { pins, key, settings } = this.tools;
    const pinned = await pins.lookup(this.host.address, ip);
    if (pinned.kind === 'unreadable') {
      this.emit(judgeHostKey({ kind: 'pins-unreadable' }));
      return 'host-key-refused';
    }
    const outcome = await openSession({
      host: ip,
      port: settings.sshPort,
      username: this.host.username,
      key,
      pinned: pinned.kind === 'pinned' ? pinned.key : undefined,
      timing: settings,
    });
    const known: HostKeySituation | undefined =
      pinned.kind === 'pinned' && outcome.hostKey
        ? { kind: 'matches', fingerprint: keyFingerprint(outcome.hostKey), source: pinned.source }
        : undefined;
    switch (outcome.kind) {
      case 'host-key-mismatch':
        if (pinned.kind === 'pinned') {
          this.emit(
            judgeHostKey({
              kind: 'mismatch',
              presented: keyFingerprint(outcome.hostKey),
              pinned: keyFingerprint(pinned.key),
              source: pinned.source,
            }),
          );
        }
        return 'host-key-refused';
      case 'failed':
        if (known) this.emit(judgeHostKey(known));
        else this.emit(skipped('host-key', 'no-handshake'));
        this.emit(judgeLogin({ kind: 'no-session', reason: outcome.reason }));
        return 'no-login';
      case 'rejected':
        this.emit(
          judgeHostKey(
            known ?? {
              kind: 'not-pinned',
              fingerprint: keyFingerprint(outcome.hostKey),
              reason: 'login-failed',
            },
          ),
        );
        this.emit(
          judgeLogin({
            kind: 'rejected',
            username: this.host.username,
            fingerprint: key.fingerprint,
          }),
        );
        return 'no-login';
      case 'connected':
        try {
          if (!(await this.trust(known, outcome.hostKey))) return 'host-key-refused';
          this.emit(judgeLogin({ kind: 'accepted' }));
          return (await this.inspect(outcome.session)) ?? 'no-login';
        } finally {
          outcome.session.close();
        }
    }
  }

  /** Pins the key on first contact, now that the login proved the host is the one configured for. */
  private async trust(known: HostKeySituation | undefined, hostKey: Buffer): Promise<boolean> {
    if (known) {
      this.emit(judgeHostKey(known));
      return true;
    }
    const fingerprint = keyFingerprint(hostKey);
    const written = await this.tools.pins.pin(this.host.address, hostKey);
    if (written.kind === 'differs') {
      this.emit(
        judgeHostKey({
          kind: 'mismatch',
          presented: fingerprint,
          pinned: keyFingerprint(written.key),
          source: 'configmap',
        }),
      );
      return false;
    }
    this.emit(
      judgeHostKey(
        written.kind === 'pinned'
          ? { kind: 'pinned-now', fingerprint }
          : { kind: 'not-pinned', fingerprint, reason: 'not-allowed' },
      ),
    );
    return true;
  }

  /** The host's facts and checks over SSH; a lost connection fails every one not reported yet. */
  private async inspect(session: SshSession): Promise<HostFacts | undefined> {
    const facts = await this.readFacts(session);
    if (typeof facts !== 'string') {
      this.emit(judgeBuild(facts.build, this.tools.buildRules));
      this.emit(judgeHostname(facts.hostname));
      this.emit(judgeAdapters(facts.adapters));
      this.emit(judgeContainerd(facts.containerd));
    }
    // Without facts the session may still run the lookup, which needs nothing from them.
    const lost =
      typeof facts === 'string' && facts !== 'no-facts' ? facts : await this.checkApiInt(session);
    const failure = lost ?? (typeof facts === 'string' ? facts : undefined);
    for (const id of checksOverSsh) {
      if (failure && this.checks.includes(id)) this.emit({ id, status: 'fail', code: failure });
    }
    return typeof facts === 'string' ? undefined : facts;
  }

  /** Whether the host resolves the cluster's api-int name, where that is checked; or how the connection died. */
  private async checkApiInt(session: SshSession): Promise<ConnectionLoss | undefined> {
    if (!this.tools.apiInt) return undefined;
    const { name } = this.tools.apiInt;
    const command = name === undefined ? undefined : commandCatalogue.resolveName(name);
    if (name === undefined || command === undefined) {
      this.emit(apiIntUnnamed);
      return undefined;
    }
    const answer = await session.run(command);
    if (answer.kind === 'connection-lost') return answer.reason;
    this.emit(
      judgeApiInt(
        name,
        answer.kind === 'unanswered'
          ? { kind: 'no-answer' }
          : { kind: 'exited', output: answer.exitCode === 0 ? answer.stdout : undefined },
      ),
    );
    return undefined;
  }

  /** The host's facts, or why the checks over SSH not reported yet failed. */
  private async readFacts(session: SshSession): Promise<HostFacts | ConnectionLoss | 'no-facts'> {
    const shell = await session.run(commandCatalogue.shellProbe);
    if (shell.kind === 'connection-lost') return shell.reason;
    this.emit(
      shell.kind === 'answered'
        ? judgeShell(shell.stdout)
        : { id: 'default-shell', status: 'fail', code: 'no-answer' },
    );
    const output = await session.run(commandCatalogue.hostFacts);
    if (output.kind === 'connection-lost') return output.reason;
    return (output.kind === 'answered' ? parseHostFacts(output.stdout) : undefined) ?? 'no-facts';
  }

  private emit(check: CheckResult): void {
    if (this.results.has(check.id)) return;
    this.results.set(check.id, check);
    this.report(check);
  }

  /** Every check not reported yet, as skipped for this reason. */
  skipRest(reason: SkipReason): void {
    for (const id of this.checks) this.emit(skipped(id, reason));
  }

  /** Every check not reported yet, as failed: the host took longer than its deadline. */
  timeOut(): void {
    for (const id of this.checks) this.emit({ id, status: 'fail', code: 'host-timeout' });
  }
}

/**
 * Runs every check on one host within the per-host deadline, reporting each as soon as it is known; checks
 * still open at the deadline fail as timed out. Nothing the user typed reaches a command line: the address is
 * resolved and connected to, the user name is the SSH login user, and only catalogue commands run.
 */
export async function preflightHost(
  host: InstanceInput,
  tools: PreflightTools,
  report: (check: CheckResult) => void,
): Promise<void> {
  const preflight = new HostPreflight(host, tools, report);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => {
      resolve('timeout');
    }, tools.settings.hostTimeoutMs);
  });
  try {
    const finished = await Promise.race([preflight.run(), deadline]);
    if (finished === 'timeout') preflight.timeOut();
  } finally {
    clearTimeout(timer);
  }
}
