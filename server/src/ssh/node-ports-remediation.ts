import type { CheckResult, InstanceInput } from '../../contract/byoh';
import { parseHostFacts } from '../domain/byoh/host-facts';
import { judgeNodePorts } from '../domain/byoh/node-ports';
import { wmcoNames } from '../domain/wmco-names';
import { HttpError } from '../errors/http-error';
import { commandCatalogue } from './command-catalogue';
import type { PreflightTools } from './host-preflight';
import { probeNodePorts } from './node-port-probes';
import { openSession, type CommandOutcome } from './ssh-session';

/** Why the rules were not created, as the `firewall-rules-failed` code names it. */
function whyNotCreated(outcome: CommandOutcome) {
  switch (outcome.kind) {
    case 'answered':
      return outcome.exitCode === undefined
        ? ({ reason: 'no-exit-code' } as const)
        : ({ reason: 'exit-code', exitCode: outcome.exitCode } as const);
    case 'unanswered':
      return { reason: 'no-answer' } as const;
    case 'connection-lost':
      return { reason: 'connection-lost' } as const;
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
    const params = { address: host.address };
    throw new HttpError(400, { code: 'address-unresolvable', params }, 'body.address');
  }
  const pinned = await pins.lookup(host.address, ip);
  if (pinned.kind === 'unreadable') {
    const params = { address: host.address, configMap: wmcoNames.sshHostKeysConfigMap };
    throw new HttpError(403, { code: 'host-keys-unreadable', params });
  }
  if (pinned.kind === 'none') {
    const params = { address: host.address };
    throw new HttpError(409, { code: 'host-key-not-pinned', params }, 'body.address');
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
    const params = { address: host.address, reason: outcome.kind };
    throw new HttpError(502, { code: 'login-failed', params });
  }
  try {
    const created = await outcome.session.run(commandCatalogue.openNodePorts);
    if (created.kind !== 'answered' || created.exitCode !== 0) {
      const params = { address: host.address, ...whyNotCreated(created) };
      throw new HttpError(502, { code: 'firewall-rules-failed', params });
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
