import type { ExpectedService } from './windows-services-config';

/** What a service's log on a node shows: whether the node has it, and its last error line. */
export interface ServiceLogEvidence {
  found: boolean;
  lastError?: string;
}

export interface NodeServiceFacts {
  /** WMCO's `version` annotation: set once WMCO (through WICD) has configured every service. */
  configuredVersion?: string;
  /** Evidence by Windows service name (kubelet, hybrid-overlay-node, …); absent: not looked at. */
  logs: Partial<Record<string, ServiceLogEvidence>>;
}

/**
 * A service's state on a node, as codes:
 *   service-running: its log is there and shows no error.
 *   service-failing: its log's last error line, in the service's own words (`line`).
 *   service-log-missing: no log at all: the service never started.
 *   service-waiting: a service it depends on is missing or failing (`dependency`).
 *   service-not-configured-yet: WMCO has not finished configuring the node (no `version`), and the
 *     service left no log yet.
 *   service-unknown: its log was not looked at.
 */
export type ServiceState =
  | { code: 'service-running' }
  | { code: 'service-failing'; params: { line: string } }
  | { code: 'service-log-missing' }
  | { code: 'service-waiting'; params: { dependency: string } }
  | { code: 'service-not-configured-yet' }
  | { code: 'service-unknown' };

export interface NodeServiceReport extends ExpectedService {
  state: ServiceState;
}

/** WICD runs every listed service; WMCO installs it itself, so every node must run it too. */
export const wicdService: ExpectedService = {
  name: 'windows-instance-config-daemon',
  bootstrap: true,
  priority: -1,
  dependencies: [],
};

const errorLine = [/^[EF]\d{4} /, /\blevel="?(error|fatal)"?\b/i];

/** The last line that reports an error: klog's E/F lines, logrus' and slog's error levels. */
export function lastErrorLine(lines: readonly string[]): string | undefined {
  return lines.findLast((line) => errorLine.some((pattern) => pattern.test(line)));
}

function ownState(service: ExpectedService, facts: NodeServiceFacts): ServiceState {
  const evidence = facts.logs[service.name];
  if (!evidence) return { code: 'service-unknown' };
  if (evidence.found) {
    return evidence.lastError
      ? { code: 'service-failing', params: { line: evidence.lastError } }
      : { code: 'service-running' };
  }
  return facts.configuredVersion
    ? { code: 'service-log-missing' }
    : { code: 'service-not-configured-yet' };
}

/** Each service WMCO expects on the node (WICD first, then in start order), and its state. */
export function judgeNodeServices(
  expected: readonly ExpectedService[],
  facts: NodeServiceFacts,
): NodeServiceReport[] {
  const services = [wicdService, ...expected];
  const states = new Map(services.map((service) => [service.name, ownState(service, facts)]));
  const broken = (name: string): boolean => {
    const code = states.get(name)?.code;
    return code === 'service-failing' || code === 'service-log-missing';
  };
  return services.map((service) => {
    const state = states.get(service.name) ?? { code: 'service-unknown' };
    const dependency = service.dependencies.find(broken);
    const waits =
      dependency !== undefined &&
      state.code !== 'service-failing' &&
      state.code !== 'service-running';
    return {
      ...service,
      state: waits ? { code: 'service-waiting', params: { dependency } } : state,
    };
  });
}
