import { wmcoNames } from '../domain/wmco-names';
import type { KubernetesObject } from '@kubernetes/client-node';
import { secretFacts } from './secret-facts';

/** What a cache keeps of an object it received; the argument is fresh from JSON and may be changed. */
export type StoredForm = (object: KubernetesObject) => KubernetesObject;

/** Which objects of a kind: one namespace (or all), by label and field selectors. */
export interface Selection {
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
}

/** A kind the BFF reads or writes: where it is in the API. */
export interface Kind {
  group: string;
  version: string;
  plural: string;
  namespaced: boolean;
}

/** A kind as the table holds it: where it is, and which caches keep which of its objects. */
export interface KindEntry extends Kind {
  /** Held by the shared watch cache (the BFF's identity), by these selections. */
  shared?: readonly Selection[];
  /** Watched with each reading caller's own token, by these selections. */
  perCaller?: readonly Selection[];
  /** What a cache keeps of each object, beyond trimming (Secrets: never their data). */
  storedForm?: StoredForm;
}

/** What one informer of a cache holds: a kind, one selection of it, and the form it is kept in. */
export interface CachedKind extends Kind, Selection {
  storedForm?: StoredForm;
}

const core = { group: '', version: 'v1' };
const olm = { group: 'operators.coreos.com', version: 'v1alpha1' };
const machineApi = { group: 'machine.openshift.io', version: 'v1beta1' };
const config = { group: 'config.openshift.io', version: 'v1' };
/**
 * OLM's objects of WMCO where the guide installs it: a CSV is copied into every namespace an
 * all-namespaces operator watches, so the cache never holds them cluster-wide. WMCO installed elsewhere
 * is read from the API server.
 */
const inWmcoNamespace = [{ namespace: wmcoNames.defaultNamespace }];
const inMachineApi = [{ namespace: wmcoNames.machineApiNamespace }];
const everything = [{}];

/** The events the upgrade and BYOH views read, by the field selectors they read them with. */
export const eventSelections = {
  upgradeBlockedNodes: 'involvedObject.kind=Node,reason=UpgradeBlocked',
  machines: 'involvedObject.kind=Machine',
  instances: `involvedObject.kind=ConfigMap,involvedObject.name=${wmcoNames.instancesConfigMap}`,
} as const;

export const windowsNodeSelector = `${wmcoNames.osLabel}=windows`;

/**
 * Every kind the BFF reads or writes, in one table. `shared`: the nodes, machines, OLM's objects of
 * WMCO and the cluster config the views read on every request. `perCaller`: what the BFF's own identity
 * may not watch but the views read on every request (WMCO's ConfigMaps, which it would need
 * cluster-wide; the two Secrets, never with their data; the events the views judge), watched with the
 * caller's token so RBAC decides exactly as for a read. The rest is always read from the API server.
 */
export const kinds = {
  node: {
    ...core,
    plural: 'nodes',
    namespaced: false,
    shared: [{ labelSelector: windowsNodeSelector }],
  },
  namespace: { ...core, plural: 'namespaces', namespaced: false, shared: everything },
  configMap: {
    ...core,
    plural: 'configmaps',
    namespaced: true,
    perCaller: [{ namespace: wmcoNames.defaultNamespace }],
  },
  secret: {
    ...core,
    plural: 'secrets',
    namespaced: true,
    perCaller: [
      {
        namespace: wmcoNames.defaultNamespace,
        fieldSelector: `metadata.name=${wmcoNames.privateKeySecret}`,
      },
      {
        namespace: wmcoNames.machineApiNamespace,
        fieldSelector: `metadata.name=${wmcoNames.userDataSecret}`,
      },
    ],
    storedForm: secretFacts,
  },
  event: {
    ...core,
    plural: 'events',
    namespaced: true,
    perCaller: [
      { fieldSelector: eventSelections.upgradeBlockedNodes },
      { namespace: wmcoNames.machineApiNamespace, fieldSelector: eventSelections.machines },
      { namespace: wmcoNames.defaultNamespace, fieldSelector: eventSelections.instances },
    ],
  },
  pod: { ...core, plural: 'pods', namespaced: true },
  service: { ...core, plural: 'services', namespaced: true },
  deployment: { group: 'apps', version: 'v1', plural: 'deployments', namespaced: true },
  statefulSet: { group: 'apps', version: 'v1', plural: 'statefulsets', namespaced: true },
  daemonSet: { group: 'apps', version: 'v1', plural: 'daemonsets', namespaced: true },
  podDisruptionBudget: {
    group: 'policy',
    version: 'v1',
    plural: 'poddisruptionbudgets',
    namespaced: true,
  },
  runtimeClass: {
    group: 'node.k8s.io',
    version: 'v1',
    plural: 'runtimeclasses',
    namespaced: false,
  },
  machine: { ...machineApi, plural: 'machines', namespaced: true, shared: inMachineApi },
  machineSet: { ...machineApi, plural: 'machinesets', namespaced: true, shared: inMachineApi },
  subscription: { ...olm, plural: 'subscriptions', namespaced: true, shared: everything },
  operatorGroup: {
    ...olm,
    version: 'v1',
    plural: 'operatorgroups',
    namespaced: true,
    shared: everything,
  },
  clusterServiceVersion: {
    ...olm,
    plural: 'clusterserviceversions',
    namespaced: true,
    shared: inWmcoNamespace,
  },
  installPlan: { ...olm, plural: 'installplans', namespaced: true, shared: inWmcoNamespace },
  operatorCondition: {
    ...olm,
    version: 'v2',
    plural: 'operatorconditions',
    namespaced: true,
    shared: inWmcoNamespace,
  },
  catalogSource: { ...olm, plural: 'catalogsources', namespaced: true },
  packageManifest: {
    group: 'packages.operators.coreos.com',
    version: 'v1',
    plural: 'packagemanifests',
    namespaced: true,
  },
  machineConfig: {
    group: 'machineconfiguration.openshift.io',
    version: 'v1',
    plural: 'machineconfigs',
    namespaced: false,
  },
  infrastructure: { ...config, plural: 'infrastructures', namespaced: false, shared: everything },
  clusterVersion: { ...config, plural: 'clusterversions', namespaced: false, shared: everything },
  configNetwork: { ...config, plural: 'networks', namespaced: false, shared: everything },
  proxy: { ...config, plural: 'proxies', namespaced: false, shared: everything },
  operatorNetwork: {
    group: 'operator.openshift.io',
    version: 'v1',
    plural: 'networks',
    namespaced: false,
    shared: everything,
  },
} as const satisfies Record<string, KindEntry>;

/** How the BFF names a kind to users and in memo tables: `machines.machine.openshift.io`, `nodes`. */
export function kindKey(kind: { group: string; plural: string }): string {
  return kind.group ? `${kind.plural}.${kind.group}` : kind.plural;
}

const table: readonly KindEntry[] = Object.values(kinds);

function informers(which: 'shared' | 'perCaller'): CachedKind[] {
  return table.flatMap(
    ({ shared, perCaller, ...kind }) =>
      (which === 'shared' ? shared : perCaller)?.map((selection) => ({ ...kind, ...selection })) ??
      [],
  );
}

/** The shared cache's informers, watched under the BFF's own identity (the chart grants exactly these). */
export const cachedKinds: readonly CachedKind[] = informers('shared');

/** The informers each reading caller's own cache runs, with that caller's token. */
export const callerKinds: readonly CachedKind[] = informers('perCaller');

/** The API path listing (and watching) a kind's objects in a selection's namespace, or in all. */
export function listPath(kind: Kind, namespace?: string): string {
  const root = kind.group ? `/apis/${kind.group}/${kind.version}` : `/api/${kind.version}`;
  return namespace ? `${root}/namespaces/${namespace}/${kind.plural}` : `${root}/${kind.plural}`;
}
