// The API resources the local cluster's seeds, simulators and tests address, and how their REST
// paths are built.

export interface ResourceType {
  readonly group: string; // '' for the core API group
  readonly version: string;
  readonly plural: string;
  readonly namespaced: boolean;
}

function type(group: string, version: string, plural: string, namespaced: boolean): ResourceType {
  return { group, version, plural, namespaced };
}

export const resources = {
  namespaces: type('', 'v1', 'namespaces', false),
  nodes: type('', 'v1', 'nodes', false),
  configMaps: type('', 'v1', 'configmaps', true),
  secrets: type('', 'v1', 'secrets', true),
  serviceAccounts: type('', 'v1', 'serviceaccounts', true),
  events: type('', 'v1', 'events', true),
  roles: type('rbac.authorization.k8s.io', 'v1', 'roles', true),
  roleBindings: type('rbac.authorization.k8s.io', 'v1', 'rolebindings', true),
  clusterRoles: type('rbac.authorization.k8s.io', 'v1', 'clusterroles', false),
  clusterRoleBindings: type('rbac.authorization.k8s.io', 'v1', 'clusterrolebindings', false),
  services: type('', 'v1', 'services', true),
  deployments: type('apps', 'v1', 'deployments', true),
  replicaSets: type('apps', 'v1', 'replicasets', true),
  daemonSets: type('apps', 'v1', 'daemonsets', true),
  pods: type('', 'v1', 'pods', true),
  podDisruptionBudgets: type('policy', 'v1', 'poddisruptionbudgets', true),
  customResourceDefinitions: type('apiextensions.k8s.io', 'v1', 'customresourcedefinitions', false),
  infrastructures: type('config.openshift.io', 'v1', 'infrastructures', false),
  clusterVersions: type('config.openshift.io', 'v1', 'clusterversions', false),
  proxies: type('config.openshift.io', 'v1', 'proxies', false),
  networkConfigs: type('config.openshift.io', 'v1', 'networks', false),
  imageDigestMirrorSets: type('config.openshift.io', 'v1', 'imagedigestmirrorsets', false),
  operatorHubs: type('config.openshift.io', 'v1', 'operatorhubs', false),
  networkOperators: type('operator.openshift.io', 'v1', 'networks', false),
  consoleOperators: type('operator.openshift.io', 'v1', 'consoles', false),
  machineSets: type('machine.openshift.io', 'v1beta1', 'machinesets', true),
  machines: type('machine.openshift.io', 'v1beta1', 'machines', true),
  machineConfigs: type('machineconfiguration.openshift.io', 'v1', 'machineconfigs', false),
  runtimeClasses: type('node.k8s.io', 'v1', 'runtimeclasses', false),
  catalogSources: type('operators.coreos.com', 'v1alpha1', 'catalogsources', true),
  subscriptions: type('operators.coreos.com', 'v1alpha1', 'subscriptions', true),
  installPlans: type('operators.coreos.com', 'v1alpha1', 'installplans', true),
  clusterServiceVersions: type('operators.coreos.com', 'v1alpha1', 'clusterserviceversions', true),
  operatorGroups: type('operators.coreos.com', 'v1', 'operatorgroups', true),
  operatorConditions: type('operators.coreos.com', 'v2', 'operatorconditions', true),
  packageManifests: type('packages.operators.coreos.com', 'v1', 'packagemanifests', true),
} as const;

/**
 * The REST path of a collection (no name) or of one object, optionally of one of its subresources.
 */
export function resourcePath(
  resource: ResourceType,
  at: { namespace?: string; name?: string; subresource?: string } = {},
): string {
  const root = resource.group
    ? `/apis/${resource.group}/${resource.version}`
    : `/api/${resource.version}`;
  const namespace =
    resource.namespaced && at.namespace ? `/namespaces/${encodeURIComponent(at.namespace)}` : '';
  const name = at.name ? `/${encodeURIComponent(at.name)}` : '';
  const subresource = at.name && at.subresource ? `/${at.subresource}` : '';
  return `${root}${namespace}/${resource.plural}${name}${subresource}`;
}
