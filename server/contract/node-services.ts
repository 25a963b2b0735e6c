import Type from 'typebox';
import { Verbatim } from './messages';

/** A service WMCO's `windows-services-<version>` ConfigMap says every Windows node runs. */
export const ExpectedService = Type.Object({
  name: Type.String(),
  /** Started before the node exists (containerd, kubelet); the rest once it does. */
  bootstrap: Type.Boolean(),
  /** Start order among the same kind, lowest first. */
  priority: Type.Number(),
  dependencies: Type.Array(Type.String()),
});
export type ExpectedService = Type.Static<typeof ExpectedService>;

/** Why WMCO's services ConfigMap could not be used, in its own keys' terms. */
export const ServicesConfigProblem = Type.Union([
  Type.Object({
    code: Type.Literal('services-config-missing-key'),
    params: Type.Object({ key: Type.Enum(['services', 'files']) }),
  }),
  Type.Object({
    code: Type.Literal('services-config-unreadable'),
    params: Type.Object({ key: Type.String() }),
  }),
  Type.Object({
    code: Type.Literal('services-config-unexpected-keys'),
    params: Type.Object({ keys: Type.Array(Type.String()) }),
  }),
  /** No `windows-services-<version>` ConfigMap for the node's WMCO version (or any). */
  Type.Object({
    code: Type.Literal('services-config-missing'),
    params: Type.Object({ version: Type.Optional(Type.String()) }),
  }),
]);
export type ServicesConfigProblem = Type.Static<typeof ServicesConfigProblem>;

/**
 * A service's state on a node:
 *   service-running: the node or its log shows it running.
 *   service-running-with-errors: running, and its log's last error line (`line`) says what went wrong.
 *   service-failing: the node (its Ready condition, in the kubelet's words) or its log's last error
 *     line (`line`) says it fails.
 *   service-log-missing: no log at all on a configured node: the service never started.
 *   service-waiting: a service it depends on is missing or failing (`dependency`).
 *   service-not-configured-yet: WMCO has not finished configuring the node and the service left no log.
 *   service-unknown: nothing the cluster shows tells, and its log was not looked at.
 */
export const ServiceState = Type.Union([
  Type.Object({ code: Type.Literal('service-running') }),
  Type.Object({
    code: Type.Literal('service-running-with-errors'),
    params: Type.Object({ line: Type.String() }),
  }),
  Type.Object({
    code: Type.Literal('service-failing'),
    params: Type.Object({ line: Type.String() }),
  }),
  Type.Object({ code: Type.Literal('service-log-missing') }),
  Type.Object({
    code: Type.Literal('service-waiting'),
    params: Type.Object({ dependency: Type.String() }),
  }),
  Type.Object({ code: Type.Literal('service-not-configured-yet') }),
  Type.Object({ code: Type.Literal('service-unknown') }),
]);
export type ServiceState = Type.Static<typeof ServiceState>;

export const NodeServiceReport = Type.Object({
  ...ExpectedService.properties,
  state: ServiceState,
});
export type NodeServiceReport = Type.Static<typeof NodeServiceReport>;

/** What the node object shows of one service: running, or failing in the kubelet's or WMCO's words. */
export const ClusterServiceEvidence = Type.Object({
  running: Type.Boolean(),
  words: Type.Optional(Type.String()),
  /** What shows it: the node's Ready condition, or hybrid-overlay's annotation on the node. */
  shownBy: Type.Enum(['ready-condition', 'hybrid-overlay-annotation']),
});
export type ClusterServiceEvidence = Type.Static<typeof ClusterServiceEvidence>;

/** What a service's log on a node shows: whether the node has it, and its last error line. */
export const ServiceLogEvidence = Type.Object({
  found: Type.Boolean(),
  lastError: Type.Optional(Type.String()),
});
export type ServiceLogEvidence = Type.Static<typeof ServiceLogEvidence>;

/** What the cluster shows of a node's services, by Windows service name. */
export const NodeServiceFacts = Type.Object({
  /** WMCO's `version` annotation: set once WMCO (through WICD) has configured every service. */
  configuredVersion: Type.Optional(Type.String()),
  cluster: Type.Record(Type.String(), ClusterServiceEvidence),
});
export type NodeServiceFacts = Type.Static<typeof NodeServiceFacts>;

/** One Windows node's services: what WMCO expects, and what the node shows of each. */
export const NodeServicesResponse = Type.Object({
  node: Type.String(),
  /** False when the caller may read nodes and this one is not a Windows node. */
  found: Type.Boolean(),
  ready: Type.Optional(Type.Boolean()),
  /** The Ready condition's message, in the kubelet's words. */
  readyMessage: Type.Optional(Verbatim('the kubelet’s Ready condition message')),
  desiredVersion: Type.Optional(Type.String()),
  /** The WMCO ConfigMap the expected services come from. */
  servicesConfigMap: Type.Optional(Type.String()),
  configProblem: Type.Optional(ServicesConfigProblem),
  expected: Type.Array(ExpectedService),
  facts: NodeServiceFacts,
  /** The services judged on the cluster's evidence alone; the page adds the logs' when it has them. */
  services: Type.Array(NodeServiceReport),
  unreadable: Type.Array(Type.String()),
});
export type NodeServicesResponse = Type.Static<typeof NodeServicesResponse>;

/** The services' logs on one node, looked at once: evidence by Windows service name. */
export const ServiceLogChecks = Type.Object({
  node: Type.String(),
  checkedAt: Type.Number(),
  logs: Type.Record(Type.String(), ServiceLogEvidence),
});
export type ServiceLogChecks = Type.Static<typeof ServiceLogChecks>;
