import type { CheckResult, InstanceInput } from '../../contract/byoh';
import { parseHostFacts } from '../domain/byoh/host-facts';
import { judgeNodePorts } from '../domain/byoh/node-ports';
import { wmcoNames } from '../domain/wmco-names';
import { HttpError } from '../errors/http-error';
import { commandCatalogue } from './command-catalogue';
import type { PreflightTools } from './host-preflight';
import { probeNodePorts } from './node-port-probes';
import { openSession, type CommandOutcome, type SessionOutcome } from './ssh-session';

const notLoggedIn: Record<Exclude<SessionOutcome['kind'], 'connected'>, string> = {
  'host-key-mismatch': 'the host presented another host key than the pinned one',
  rejected: 'the host did not accept cloud-private-key for this user',
  failed: 'the SSH connection failed',
};

function whyNotCreated(outcome: CommandOutcome): string {
  switch (outcome.kind) {
    case 'answered':
      return outcome.exitCode === undefined
        ? 'no exit code'
        : `exit code ${String(outcome.exitCode)}`;
    case 'unanswered':
      return 'no answer';
    case 'connection-lost':
      return 'the SSH connection was lost';
  }
}

/**
 * Creates the firewall rules for kubelet (TCP 10250, the guide's ContainerLogsPort) and metrics (TCP 9182)
 * on a host whose key is already pinned, then runs the node-ports check again. Only ever called after the
 * admin confirmed it for this host.
 */
export async function openNodePortsOnHost(
  host: InstanceInput,
  tools: PreflightTools,
): Promise<CheckResult> {
  const { settings, resolver, pins, key } = tools;
  const [ip] = await resolver.ipv4(host.address);
  if (ip === undefined) {
    throw new HttpError(
      400,
      `${host.address} does not resolve to an IPv4 address.`,
      'body.address',
    );
  }
  const pinned = await pins.lookup(host.address, ip);
  if (pinned.kind === 'unreadable') {
    throw new HttpError(
      403,
      `You may not read the pinned host keys (nodes, ConfigMap ${wmcoNames.sshHostKeysConfigMap}), so ${host.address} cannot be trusted.`,
    );
  }
  if (pinned.kind === 'none') {
    throw new HttpError(
      409,
      `The host key of ${host.address} is not pinned yet: run the preflight first.`,
      'body.address',
    );
  }
  const outcome = await openSession({
    host: ip,
    port: settings.sshPort,
    username: host.username,
    key,
    pinned: pinned.key,
    timing: settings,
  });
  if (outcome.kind !== 'connected') {
    throw new HttpError(502, `Could not log in to ${host.address}: ${notLoggedIn[outcome.kind]}.`);
  }
  try {
    const created = await outcome.session.run(commandCatalogue.openNodePorts);
    if (created.kind !== 'answered' || created.exitCode !== 0) {
      throw new HttpError(
        502,
        `Creating the firewall rules on ${host.address} failed (${whyNotCreated(created)}).`,
      );
    }
    const facts = parseHostFacts((await outcome.session.output(commandCatalogue.hostFacts)) ?? '');
    return judgeNodePorts(
      await probeNodePorts(ip, settings.connectTimeoutMs),
      facts?.firewallRules,
    );
  } finally {
    outcome.session.close();
  }
}
