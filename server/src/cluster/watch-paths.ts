import { wmcoNames } from '../domain/wmco-names';

/** API paths to watch for the objects a page is built from. */
export const watchPaths = {
  windowsNodes: `/api/v1/nodes?labelSelector=${encodeURIComponent(`${wmcoNames.osLabel}=windows`)}`,
  machines: `/apis/machine.openshift.io/v1beta1/namespaces/${wmcoNames.machineApiNamespace}/machines`,
  machineSets: `/apis/machine.openshift.io/v1beta1/namespaces/${wmcoNames.machineApiNamespace}/machinesets`,
  subscriptions: '/apis/operators.coreos.com/v1alpha1/subscriptions',
  clusterServiceVersions: '/apis/operators.coreos.com/v1alpha1/clusterserviceversions',
  installPlans: '/apis/operators.coreos.com/v1alpha1/installplans',
  operatorConditions: '/apis/operators.coreos.com/v2/operatorconditions',
  namespaces: '/api/v1/namespaces',
  runtimeClasses: '/apis/node.k8s.io/v1/runtimeclasses',
  podDisruptionBudgets: '/apis/policy/v1/poddisruptionbudgets',
  namespaceEvents: (namespace: string) => `/api/v1/namespaces/${namespace}/events`,
  nodeEvents: `/api/v1/events?fieldSelector=${encodeURIComponent('involvedObject.kind=Node')}`,
  wmcoConfigMaps: (namespace: string) => `/api/v1/namespaces/${namespace}/configmaps`,
  wmcoSecrets: (namespace: string) => `/api/v1/namespaces/${namespace}/secrets`,
  machineApiSecrets: `/api/v1/namespaces/${wmcoNames.machineApiNamespace}/secrets`,
  clusterConfig: [
    '/apis/config.openshift.io/v1/infrastructures',
    '/apis/config.openshift.io/v1/clusterversions',
    '/apis/config.openshift.io/v1/networks',
    '/apis/config.openshift.io/v1/proxies',
    '/apis/operator.openshift.io/v1/networks',
  ],
} as const;
