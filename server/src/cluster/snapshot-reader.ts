import {
  CoreV1Api,
  CustomObjectsApi,
  type CoreV1Event,
  type KubeConfig,
  type V1ConfigMap,
  type V1Namespace,
  type V1Node,
} from '@kubernetes/client-node';
import semver from 'semver';
import {
  isWindowsMachineSet,
  toWindowsMachineSetFacts,
} from '../domain/machinesets/windows-machine-set';
import type {
  ClusterSnapshot,
  PrivateKeyFacts,
  WmcoFacts,
} from '../domain/overview/cluster-snapshot';
import { wmcoNames } from '../domain/wmco-names';
import type { WindowsNode } from '../../contract/nodes';
import type {
  ClusterServiceVersion,
  ClusterVersion,
  Condition,
  ConfigNetwork,
  Infrastructure,
  InstallPlan,
  Machine,
  MachineSet,
  ObjectList,
  OperatorCondition,
  OperatorGroup,
  OperatorNetwork,
  PackageManifest,
  Proxy,
  Subscription,
} from '../domain/openshift-objects';
import type { CachedAnswer, CachedReads, CallerReads } from './reader/cached-reads';
import { PermissiveReader } from './permissive-reader';
import { secretFacts, type SecretFacts } from './secret-facts';
import { wmcoNamespaceOf } from './wmco-namespace';
import { windowsNodeRecords, type WindowsNodeRecord } from './windows-node-records';

const olm = { group: 'operators.coreos.com', version: 'v1alpha1' };
const windowsNodes = `${wmcoNames.osLabel}=windows`;
const core = (plural: string) => ({ group: '', plural });

/** Reads what the Windows pages judge, as the caller: each read may come back "not allowed". */
export class SnapshotReader {
  private readonly core: CoreV1Api;
  private readonly custom: CustomObjectsApi;
  readonly reader = new PermissiveReader();
  /** This reader's reads from the watch caches, when the BFF runs them. */
  readonly cached?: CallerReads;

  constructor(
    readonly kubeConfig: KubeConfig,
    /** The watch caches, when the BFF runs them; reads they may not answer go to the API server. */
    cached?: CachedReads,
  ) {
    this.core = kubeConfig.makeApiClient(CoreV1Api);
    this.custom = kubeConfig.makeApiClient(CustomObjectsApi);
    this.cached = cached?.for(kubeConfig);
  }

  /** Whether everything read so far came from the watch caches, none of it from the API server. */
  get fromCachesOnly(): boolean {
    return this.reader.liveReads === 0;
  }

  /** A cached answer where the cache has one (after the caller's access check), else the API server's. */
  private async viaCache<T>(
    resource: string,
    cachedRead: (cached: CallerReads) => Promise<CachedAnswer<T>>,
    live: () => Promise<T>,
  ): Promise<T | undefined> {
    const answer = this.cached ? await cachedRead(this.cached) : undefined;
    if (!answer) return this.reader.read(resource, live);
    if (!answer.allowed) {
      this.reader.unreadable.add(resource);
      return undefined;
    }
    return answer.value;
  }

  private clusterObject<T>(group: string, version: string, plural: string, name: string) {
    return this.viaCache(
      `${plural}.${group}`,
      (cached) => cached.get<T>({ group, plural }, name),
      () => this.custom.getClusterCustomObject({ group, version, plural, name }) as Promise<T>,
    );
  }

  private namespacedObject<T>(
    group: string,
    version: string,
    plural: string,
    namespace: string,
    name: string,
  ) {
    return this.viaCache(
      `${plural}.${group}`,
      (cached) => cached.get<T>({ group, plural }, name, namespace),
      () =>
        this.custom.getNamespacedCustomObject({
          group,
          version,
          plural,
          namespace,
          name,
        }) as Promise<T>,
    );
  }

  private async namespacedList<T>(
    group: string,
    version: string,
    plural: string,
    namespace: string,
    labelSelector?: string,
  ): Promise<readonly T[]> {
    const items = await this.viaCache(
      `${plural}.${group}`,
      (cached) => cached.list<T>({ group, plural }, { namespace, labelSelector }),
      async () =>
        (
          (await this.custom.listNamespacedCustomObject({
            group,
            version,
            plural,
            namespace,
            labelSelector,
          })) as ObjectList<T>
        ).items ?? [],
    );
    return items ?? [];
  }

  async wmcoSubscription(): Promise<Subscription | undefined> {
    const subscriptions = await this.viaCache(
      'subscriptions.operators.coreos.com',
      (cached) => cached.list<Subscription>({ group: olm.group, plural: 'subscriptions' }),
      async () =>
        (
          (await this.custom.listClusterCustomObject({
            ...olm,
            plural: 'subscriptions',
          })) as ObjectList<Subscription>
        ).items ?? [],
    );
    return subscriptions?.find((subscription) => subscription.spec?.name === wmcoNames.packageName);
  }

  /** The Machines labelled as Windows machines, with or without a node yet. */
  windowsMachines(): Promise<readonly Machine[]> {
    return this.namespacedList<Machine>(
      'machine.openshift.io',
      'v1beta1',
      'machines',
      wmcoNames.machineApiNamespace,
      `${wmcoNames.machineOsIdLabel}=Windows`,
    );
  }

  /** Every MachineSet of the Machine API, Windows or not. */
  machineSets(): Promise<readonly MachineSet[]> {
    return this.namespacedList<MachineSet>(
      'machine.openshift.io',
      'v1beta1',
      'machinesets',
      wmcoNames.machineApiNamespace,
    );
  }

  /** Each Windows node with its Machine, if it has one. */
  async windowsNodeRecords(): Promise<readonly WindowsNodeRecord[]> {
    const [nodes, machines] = await Promise.all([
      this.viaCache(
        'nodes',
        (cached) => cached.list<V1Node>(core('nodes'), { labelSelector: windowsNodes }),
        async () => (await this.core.listNode({ labelSelector: windowsNodes })).items,
      ),
      this.windowsMachines(),
    ]);
    return windowsNodeRecords(nodes ?? [], machines);
  }

  async windowsNodes(): Promise<WindowsNode[]> {
    return (await this.windowsNodeRecords()).map((record) => record.windowsNode);
  }

  /** The CSV WMCO's Subscription installed, if any. */
  async installedCsv(
    subscription: Subscription | undefined,
  ): Promise<ClusterServiceVersion | undefined> {
    const name = subscription?.status?.installedCSV ?? subscription?.status?.currentCSV;
    return name
      ? this.namespacedObject<ClusterServiceVersion>(
          olm.group,
          olm.version,
          'clusterserviceversions',
          wmcoNamespaceOf(subscription),
          name,
        )
      : undefined;
  }

  /** The version the Subscription's channel (or the package's default channel) would install. */
  private async catalogVersion(
    subscription: Subscription | undefined,
  ): Promise<string | undefined> {
    const packageManifest = await this.namespacedObject<PackageManifest>(
      'packages.operators.coreos.com',
      'v1',
      'packagemanifests',
      subscription?.spec?.sourceNamespace ?? 'openshift-marketplace',
      wmcoNames.packageName,
    );
    const channel = packageManifest?.status?.channels?.find(
      (candidate) =>
        candidate.name === (subscription?.spec?.channel ?? packageManifest.status?.defaultChannel),
    );
    return channel?.currentCSVDesc?.version;
  }

  async wmco(
    subscription: Subscription | undefined,
  ): Promise<{ facts: WmcoFacts; configMaps: readonly V1ConfigMap[] }> {
    const namespace = wmcoNamespaceOf(subscription);
    const installPlanName = subscription?.status?.installPlanRef?.name;
    const [namespaceObject, operatorGroups, configMaps, csv, installPlan, operatorCondition] =
      await Promise.all([
        this.viaCache(
          'namespaces',
          (cached) => cached.get<V1Namespace>(core('namespaces'), namespace),
          () => this.core.readNamespace({ name: namespace }),
        ),
        this.namespacedList<OperatorGroup>(olm.group, 'v1', 'operatorgroups', namespace),
        this.configMaps(namespace),
        this.installedCsv(subscription),
        installPlanName
          ? this.namespacedObject<InstallPlan>(
              olm.group,
              olm.version,
              'installplans',
              namespace,
              installPlanName,
            )
          : undefined,
        subscription?.status?.installedCSV
          ? this.namespacedObject<OperatorCondition>(
              olm.group,
              'v2',
              'operatorconditions',
              namespace,
              subscription.status.installedCSV,
            )
          : undefined,
      ]);
    const operatorGroup = operatorGroups[0];
    const upgradeable = [
      ...(operatorCondition?.status?.conditions ?? []),
      ...(operatorCondition?.spec?.conditions ?? []),
    ].find((condition: Condition) => condition.type === 'Upgradeable');
    // What the catalog offers only matters while no CSV is installed (pages judge by the installed one).
    const catalogVersion = csv ? undefined : await this.catalogVersion(subscription);
    return {
      configMaps,
      facts: {
        namespace,
        namespaceExists: namespaceObject !== undefined,
        operatorGroup: operatorGroup
          ? {
              name: operatorGroup.metadata?.name ?? '',
              targetNamespaces: operatorGroup.spec?.targetNamespaces ?? [],
            }
          : undefined,
        subscription: subscription
          ? {
              name: subscription.metadata?.name ?? '',
              channel: subscription.spec?.channel,
              approval: subscription.spec?.installPlanApproval,
              source: subscription.spec?.source,
              installedCSV: subscription.status?.installedCSV,
              currentCSV: subscription.status?.currentCSV,
              state: subscription.status?.state,
              pendingInstallPlan:
                installPlan && installPlan.spec?.approved === false
                  ? installPlan.metadata?.name
                  : undefined,
            }
          : undefined,
        csv: csv
          ? {
              name: csv.metadata?.name ?? '',
              version: csv.spec?.version,
              phase: csv.status?.phase,
              reason: csv.status?.reason,
              message: csv.status?.message,
            }
          : undefined,
        fullVersion: newestServicesVersion(configMaps),
        upgradeable: upgradeable?.status
          ? { status: upgradeable.status, reason: upgradeable.reason, message: upgradeable.message }
          : undefined,
        catalogVersion,
      },
    };
  }

  /** WMCO's ConfigMaps: the BYOH instances, the services of each version, the plugin's records. */
  async configMaps(namespace: string): Promise<readonly V1ConfigMap[]> {
    const configMaps = await this.viaCache(
      'configmaps',
      (cached) => cached.list<V1ConfigMap>(core('configmaps'), { namespace }),
      async () => (await this.core.listNamespacedConfigMap({ namespace })).items,
    );
    return configMaps ?? [];
  }

  /** What the pages judge of a Secret, never its data; undefined when it does not exist. */
  secret(name: string, namespace: string): Promise<SecretFacts | undefined> {
    return this.viaCache(
      'secrets',
      (cached) => cached.get<SecretFacts>(core('secrets'), name, namespace),
      async () => secretFacts(await this.core.readNamespacedSecret({ name, namespace })),
    );
  }

  /** Events selected by fields, in one namespace or all; undefined when the caller may not read them. */
  events(
    namespace: string | undefined,
    fieldSelector: string,
  ): Promise<readonly CoreV1Event[] | undefined> {
    return this.viaCache(
      'events',
      (cached) => cached.list<CoreV1Event>(core('events'), { namespace, fieldSelector }),
      async () =>
        (namespace
          ? await this.core.listNamespacedEvent({ namespace, fieldSelector })
          : await this.core.listEventForAllNamespaces({ fieldSelector })
        ).items,
    );
  }

  async privateKey(namespace: string): Promise<PrivateKeyFacts | undefined> {
    const secret = await this.secret(wmcoNames.privateKeySecret, namespace);
    if (this.reader.unreadable.has('secrets')) return undefined;
    return secret?.keyFacts ?? { present: false };
  }

  async snapshot(): Promise<ClusterSnapshot> {
    const config = 'config.openshift.io';
    const [
      infrastructure,
      clusterVersion,
      configNetwork,
      operatorNetwork,
      proxy,
      subscription,
      nodes,
      machineSets,
    ] = await Promise.all([
      this.clusterObject<Infrastructure>(config, 'v1', 'infrastructures', 'cluster'),
      this.clusterObject<ClusterVersion>(config, 'v1', 'clusterversions', 'version'),
      this.clusterObject<ConfigNetwork>(config, 'v1', 'networks', 'cluster'),
      this.clusterObject<OperatorNetwork>('operator.openshift.io', 'v1', 'networks', 'cluster'),
      this.clusterObject<Proxy>(config, 'v1', 'proxies', 'cluster'),
      this.wmcoSubscription(),
      this.windowsNodes(),
      this.machineSets(),
    ]);
    // Everything below depends only on the Subscription: one round of reads, not three.
    const [{ facts: wmco, configMaps }, privateKey, userData] = await Promise.all([
      this.wmco(subscription),
      this.privateKey(wmcoNamespaceOf(subscription)),
      this.secret(wmcoNames.userDataSecret, wmcoNames.machineApiNamespace),
    ]);
    const instances = configMaps.find(
      (configMap) => configMap.metadata?.name === wmcoNames.instancesConfigMap,
    );
    const overlay = operatorNetwork?.spec?.defaultNetwork?.ovnKubernetesConfig?.hybridOverlayConfig;
    return {
      unreadable: [...this.reader.unreadable].sort(),
      platform: infrastructure?.status
        ? {
            type: infrastructure.status.platformStatus?.type ?? 'None',
            infrastructureName: infrastructure.status.infrastructureName ?? '',
            region:
              infrastructure.status.platformStatus?.aws?.region ??
              infrastructure.status.platformStatus?.gcp?.region,
          }
        : undefined,
      clusterVersion:
        clusterVersion?.status?.desired?.version ?? clusterVersion?.status?.history?.[0]?.version,
      network:
        configNetwork || operatorNetwork
          ? {
              networkType: configNetwork?.status?.networkType ?? configNetwork?.spec?.networkType,
              hybridOverlay: overlay
                ? {
                    clusterNetworks: (overlay.hybridClusterNetwork ?? []).map((network) => ({
                      cidr: network.cidr ?? '',
                      hostPrefix: network.hostPrefix,
                    })),
                    vxlanPort: overlay.hybridOverlayVXLANPort,
                  }
                : undefined,
            }
          : undefined,
      proxyConfigured: proxy
        ? Boolean(
            proxy.status?.httpProxy ??
            proxy.status?.httpsProxy ??
            proxy.spec?.httpProxy ??
            proxy.spec?.httpsProxy,
          )
        : undefined,
      wmco,
      privateKey: wmco.namespaceExists ? privateKey : undefined,
      userDataSecretPresent: this.reader.unreadable.has('secrets')
        ? undefined
        : userData !== undefined,
      nodes,
      windowsMachineSets: machineSets.filter(isWindowsMachineSet).map(toWindowsMachineSetFacts),
      byohEntries: Object.entries(instances?.data ?? {}).map(([address, value]) => ({
        address,
        value,
      })),
    };
  }
}

/** The full WMCO version (`10.22.0-abc1234`) is in the name of the newest `windows-services-*` ConfigMap. */
export function newestServicesVersion(configMaps: readonly V1ConfigMap[]): string | undefined {
  const versions = configMaps
    .map((configMap) => configMap.metadata?.name ?? '')
    .filter((name) => name.startsWith(wmcoNames.servicesConfigMapPrefix))
    .map((name) => name.slice(wmcoNames.servicesConfigMapPrefix.length));
  return versions
    .sort((a, b) => semver.compare(semver.coerce(a) ?? '0.0.0', semver.coerce(b) ?? '0.0.0'))
    .at(-1);
}
