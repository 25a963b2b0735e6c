import { wmcoNames } from '../domain/wmco-names';
import { kinds, listPath, windowsNodeSelector, type Kind } from './kinds';

function selected(kind: Kind, namespace: string | undefined, selector: string): string {
  return `${listPath(kind, namespace)}?${selector}`;
}

/** API paths to watch for the objects a page is built from, all from the kinds table. */
export const watchPaths = {
  windowsNodes: selected(
    kinds.node,
    undefined,
    `labelSelector=${encodeURIComponent(windowsNodeSelector)}`,
  ),
  machines: listPath(kinds.machine, wmcoNames.machineApiNamespace),
  machineSets: listPath(kinds.machineSet, wmcoNames.machineApiNamespace),
  subscriptions: listPath(kinds.subscription),
  clusterServiceVersions: listPath(kinds.clusterServiceVersion),
  installPlans: listPath(kinds.installPlan),
  operatorConditions: listPath(kinds.operatorCondition),
  namespaces: listPath(kinds.namespace),
  runtimeClasses: listPath(kinds.runtimeClass),
  podDisruptionBudgets: listPath(kinds.podDisruptionBudget),
  secrets: listPath(kinds.secret),
  namespaceEvents: (namespace: string) => listPath(kinds.event, namespace),
  nodeEvents: selected(
    kinds.event,
    undefined,
    `fieldSelector=${encodeURIComponent('involvedObject.kind=Node')}`,
  ),
  wmcoConfigMaps: (namespace: string) => listPath(kinds.configMap, namespace),
  wmcoSecrets: (namespace: string) => listPath(kinds.secret, namespace),
  machineApiSecrets: listPath(kinds.secret, wmcoNames.machineApiNamespace),
  clusterConfig: [
    kinds.infrastructure,
    kinds.clusterVersion,
    kinds.configNetwork,
    kinds.proxy,
    kinds.operatorNetwork,
  ].map((kind) => listPath(kind)),
} as const;
