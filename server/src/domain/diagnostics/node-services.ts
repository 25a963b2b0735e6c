import type {
  ClusterServiceEvidence,
  ExpectedService,
  NodeServiceReport,
  ServiceLogEvidence,
  ServiceState,
} from '../../../contract/node-services';

/** What is known of a node's services, by Windows service name (kubelet, hybrid-overlay-node, …). */
export interface NodeServiceFacts {
  /** WMCO's `version` annotation: set once WMCO (through WICD) has configured every service. */
  configuredVersion?: string;
  /** What the node object shows (its Ready condition, hybrid-overlay's annotation). */
  cluster?: Partial<Record<string, ClusterServiceEvidence>>;
  /** What each service's log shows; absent: not looked at. */
  logs: Partial<Record<string, ServiceLogEvidence>>;
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
  const shown = facts.cluster?.[service.name];
  const evidence = facts.logs[service.name];
  if (shown && !shown.running)
    return { code: 'service-failing', params: { line: shown.words ?? '' } };
  if (shown?.running) {
    return evidence?.lastError
      ? { code: 'service-running-with-errors', params: { line: evidence.lastError } }
      : { code: 'service-running' };
  }
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
      state.code !== 'service-running' &&
      state.code !== 'service-running-with-errors';
    return {
      ...service,
      state: waits ? { code: 'service-waiting', params: { dependency } } : state,
    };
  });
}
