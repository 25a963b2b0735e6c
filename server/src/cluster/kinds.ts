import { installConfigMap } from '../domain/overview/machine-network';
import { wmcoNames } from '../domain/wmco-names';
import type { KubernetesObject, V1ManagedFieldsEntry } from '@kubernetes/client-node';
import { ownsMonitoringLabel } from '../domain/overview/wmco-monitoring';
import { secretFacts } from './secret-facts';
import { csiDaemonSetStoredForm, machineStoredForm, nodeStoredForm } from './stored-forms';

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
  /**
   * What a cache keeps of each object, beyond trimming (Secrets: never their data). A cache answers
   * only reads of the form it keeps: a kind read in two forms has two entries.
   */
  storedForm?: StoredForm;
  /** The field managers' records a cache keeps (it drops the others): those a view reads. */
  keptManagedFields?: (entry: V1ManagedFieldsEntry) => boolean;
}

/** What one informer of a cache holds: a kind, one selection of it, and the form it is kept in. */
export interface CachedKind extends Kind, Selection {
  storedForm?: StoredForm;
  keptManagedFields?: KindEntry['keptManagedFields'];
}

/** A kind by its `apiVersion` and plural; namespaced unless said otherwise. */
function kind(
  apiVersion: string,
  plural: string,
  options: Partial<Omit<KindEntry, 'group' | 'version' | 'plural'>> = {},
): KindEntry {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  return { group: group ?? '', version: version ?? '', plural, namespaced: true, ...options };
}

const olm = 'operators.coreos.com/v1alpha1';
const machineApi = 'machine.openshift.io/v1beta1';
const config = 'config.openshift.io/v1';
const clusterScoped = { namespaced: false };
/**
 * OLM's objects of WMCO where the guide installs it: a CSV is copied into every namespace an
 * all-namespaces operator watches, so the cache never holds them cluster-wide. WMCO installed elsewhere
 * is read from the API server.
 */
const inWmcoNamespace = { shared: [{ namespace: wmcoNames.defaultNamespace }] };
const inMachineApi = { shared: [{ namespace: wmcoNames.machineApiNamespace }] };
const everything = { shared: [{}] };

/** The events the upgrade and BYOH views read, by the field selectors they read them with. */
export const eventSelections = {
  upgradeBlockedNodes: 'involvedObject.kind=Node,reason=UpgradeBlocked',
  machines: 'involvedObject.kind=Machine',
  instances: `involvedObject.kind=ConfigMap,involvedObject.name=${wmcoNames.instancesConfigMap}`,
  /** WMCO's NodeNameValidationFailed: on a CSR, cluster-scoped, so recorded in `default`. */
  csrs: 'involvedObject.kind=CertificateSigningRequest',
} as const;

/** Where events about cluster-scoped objects (CSRs) are recorded. */
export const clusterEventsNamespace = 'default';

export const windowsNodeSelector = `${wmcoNames.osLabel}=windows`;

/** WMCO's operator pods, as its Deployment selects them. */
export const wmcoPodSelector = `name=${wmcoNames.operatorDeployment}`;

/**
 * Every kind the BFF reads or writes, in one table. `shared`: the nodes, machines, OLM's objects of
 * WMCO, the kubelets' CSRs, the DaemonSets (in the CSI rule's form) and the cluster config the views
 * read on every request. `perCaller`: what the BFF's own identity may not watch but the views read on
 * every request (WMCO's ConfigMaps, which it would need cluster-wide; the two Secrets, never with their
 * data; the events the views judge), watched with the caller's token so RBAC decides exactly as for a
 * read. The rest is always read from the API server.
 */
export const kinds = {
  node: kind('v1', 'nodes', {
    ...clusterScoped,
    shared: [{ labelSelector: windowsNodeSelector }],
    storedForm: nodeStoredForm,
  }),
  /** The managed fields of WMCO's monitoring label say when it was set (does WMCO's pod predate it?). */
  namespace: kind('v1', 'namespaces', {
    ...clusterScoped,
    ...everything,
    keptManagedFields: ownsMonitoringLabel,
  }),
  configMap: kind('v1', 'configmaps', {
    perCaller: [
      { namespace: wmcoNames.defaultNamespace },
      {
        namespace: installConfigMap.namespace,
        fieldSelector: `metadata.name=${installConfigMap.name}`,
      },
    ],
  }),
  secret: kind('v1', 'secrets', {
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
  }),
  event: kind('v1', 'events', {
    perCaller: [
      { fieldSelector: eventSelections.upgradeBlockedNodes },
      { namespace: wmcoNames.machineApiNamespace, fieldSelector: eventSelections.machines },
      { namespace: wmcoNames.defaultNamespace, fieldSelector: eventSelections.instances },
      { namespace: clusterEventsNamespace, fieldSelector: eventSelections.csrs },
    ],
  }),
  /** WMCO's own pods, where the guide installs it: the overview compares their start with its label. */
  pod: kind('v1', 'pods', {
    perCaller: [{ namespace: wmcoNames.defaultNamespace, labelSelector: wmcoPodSelector }],
  }),
  serviceAccount: kind('v1', 'serviceaccounts'),
  service: kind('v1', 'services'),
  deployment: kind('apps/v1', 'deployments'),
  statefulSet: kind('apps/v1', 'statefulsets'),
  daemonSet: kind('apps/v1', 'daemonsets'),
  /**
   * Every DaemonSet, in the form the Overview's CSI rule reads it, which it reads on every derivation
   * (cluster-wide: a node selector cannot be selected on). The whole ones above come from the API server.
   */
  csiDaemonSet: kind('apps/v1', 'daemonsets', {
    ...everything,
    storedForm: csiDaemonSetStoredForm,
  }),
  podDisruptionBudget: kind('policy/v1', 'poddisruptionbudgets'),
  runtimeClass: kind('node.k8s.io/v1', 'runtimeclasses', clusterScoped),
  /** Kubelets' CSRs: few (approved ones are removed within the hour), read by every join timeline. */
  certificateSigningRequest: kind('certificates.k8s.io/v1', 'certificatesigningrequests', {
    ...clusterScoped,
    ...everything,
  }),
  machine: kind(machineApi, 'machines', { ...inMachineApi, storedForm: machineStoredForm }),
  machineSet: kind(machineApi, 'machinesets', inMachineApi),
  subscription: kind(olm, 'subscriptions', everything),
  operatorGroup: kind('operators.coreos.com/v1', 'operatorgroups', everything),
  clusterServiceVersion: kind(olm, 'clusterserviceversions', inWmcoNamespace),
  installPlan: kind(olm, 'installplans', inWmcoNamespace),
  operatorCondition: kind('operators.coreos.com/v2', 'operatorconditions', inWmcoNamespace),
  catalogSource: kind(olm, 'catalogsources'),
  packageManifest: kind('packages.operators.coreos.com/v1', 'packagemanifests'),
  machineConfig: kind('machineconfiguration.openshift.io/v1', 'machineconfigs', clusterScoped),
  infrastructure: kind(config, 'infrastructures', { ...clusterScoped, ...everything }),
  clusterVersion: kind(config, 'clusterversions', { ...clusterScoped, ...everything }),
  configNetwork: kind(config, 'networks', { ...clusterScoped, ...everything }),
  proxy: kind(config, 'proxies', { ...clusterScoped, ...everything }),
  imageDigestMirrorSet: kind(config, 'imagedigestmirrorsets', { ...clusterScoped, ...everything }),
  imageTagMirrorSet: kind(config, 'imagetagmirrorsets', { ...clusterScoped, ...everything }),
  operatorHub: kind(config, 'operatorhubs', { ...clusterScoped, ...everything }),
  operatorNetwork: kind('operator.openshift.io/v1', 'networks', {
    ...clusterScoped,
    ...everything,
  }),
} satisfies Record<string, KindEntry>;

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
