import type { V1ConfigMap, V1Namespace } from '@kubernetes/client-node';
import semver from 'semver';
import type {
  ClusterServiceVersion,
  Condition,
  InstallPlan,
  OperatorCondition,
  OperatorGroup,
  PackageManifest,
  Subscription,
} from '../../domain/openshift-objects';
import { logRotationFromEnv } from '../../domain/install/log-rotation';
import { missingInstallParts, recordedInstall } from '../../domain/install/install-record';
import type { WmcoFacts } from '../../domain/overview/cluster-snapshot';
import { wmcoNames } from '../../domain/wmco-names';
import { kinds } from '../kinds';
import type { ClusterReader } from '../reader/cluster-reader';
import { wmcoNamespaceOf } from './wmco-namespace';

/** WMCO's Subscription, wherever it was installed. */
export async function readWmcoSubscription(
  reader: ClusterReader,
): Promise<Subscription | undefined> {
  const subscriptions = await reader.list<Subscription>(kinds.subscription);
  return subscriptions?.find((subscription) => subscription.spec?.name === wmcoNames.packageName);
}

/**
 * Where WMCO is, or is being installed: its Subscription's namespace; without one, the namespace an
 * install of the wizard was started in (the newest, if several), else the guide's default.
 */
export async function readWmcoNamespace(
  reader: ClusterReader,
  subscription: Subscription | undefined,
): Promise<string> {
  if (subscription) return wmcoNamespaceOf(subscription);
  const namespaces = (await reader.list<V1Namespace>(kinds.namespace)) ?? [];
  const started = namespaces
    .filter((namespace) => recordedInstall(namespace.metadata?.annotations) !== undefined)
    .sort((a, b) =>
      String(a.metadata?.creationTimestamp).localeCompare(String(b.metadata?.creationTimestamp)),
    );
  return started.at(-1)?.metadata?.name ?? wmcoNamespaceOf(undefined);
}

/** The CSV WMCO's Subscription installed, if any. */
export function readInstalledCsv(
  reader: ClusterReader,
  subscription: Subscription | undefined,
): Promise<ClusterServiceVersion | undefined> {
  const name = subscription?.status?.installedCSV ?? subscription?.status?.currentCSV;
  if (!name) return Promise.resolve(undefined);
  return reader.get(kinds.clusterServiceVersion, name, wmcoNamespaceOf(subscription));
}

/** The version the Subscription's channel (or the package's default channel) would install. */
async function readCatalogVersion(
  reader: ClusterReader,
  subscription: Subscription | undefined,
): Promise<string | undefined> {
  const packageManifest = await reader.get<PackageManifest>(
    kinds.packageManifest,
    wmcoNames.packageName,
    subscription?.spec?.sourceNamespace ?? 'openshift-marketplace',
  );
  const channel = packageManifest?.status?.channels?.find(
    (candidate) =>
      candidate.name === (subscription?.spec?.channel ?? packageManifest.status?.defaultChannel),
  );
  return channel?.currentCSVDesc?.version;
}

/** WMCO's ConfigMaps: the BYOH instances, the services of each version, the plugin's records. */
export async function readWmcoConfigMaps(
  reader: ClusterReader,
  namespace: string,
): Promise<readonly V1ConfigMap[]> {
  return (await reader.list<V1ConfigMap>(kinds.configMap, { namespace })) ?? [];
}

function subscriptionFacts(
  subscription: Subscription | undefined,
  installPlan: InstallPlan | undefined,
): WmcoFacts['subscription'] {
  if (!subscription) return undefined;
  return {
    name: subscription.metadata?.name ?? '',
    channel: subscription.spec?.channel,
    approval: subscription.spec?.installPlanApproval,
    source: subscription.spec?.source,
    installedCSV: subscription.status?.installedCSV,
    currentCSV: subscription.status?.currentCSV,
    state: subscription.status?.state,
    pendingInstallPlan:
      installPlan && installPlan.spec?.approved === false ? installPlan.metadata?.name : undefined,
    logRotation: logRotationFromEnv(subscription.spec?.config?.env),
  };
}

/** Where WMCO stands: its namespace, OLM's objects, the full version, and its ConfigMaps. */
export async function readWmco(
  reader: ClusterReader,
  subscription: Subscription | undefined,
  /** Where to look: the Subscription's namespace unless said otherwise (see readWmcoNamespace). */
  namespace = wmcoNamespaceOf(subscription),
): Promise<{ facts: WmcoFacts; configMaps: readonly V1ConfigMap[] }> {
  const installPlanName = subscription?.status?.installPlanRef?.name;
  const installedCsv = subscription?.status?.installedCSV;
  const [namespaceObject, operatorGroups, configMaps, csv, installPlan, operatorCondition] =
    await Promise.all([
      reader.get<V1Namespace>(kinds.namespace, namespace),
      reader.list<OperatorGroup>(kinds.operatorGroup, { namespace }),
      readWmcoConfigMaps(reader, namespace),
      readInstalledCsv(reader, subscription),
      installPlanName
        ? reader.get<InstallPlan>(kinds.installPlan, installPlanName, namespace)
        : undefined,
      installedCsv
        ? reader.get<OperatorCondition>(kinds.operatorCondition, installedCsv, namespace)
        : undefined,
    ]);
  const operatorGroup = operatorGroups?.[0];
  const upgradeable = [
    ...(operatorCondition?.status?.conditions ?? []),
    ...(operatorCondition?.spec?.conditions ?? []),
  ].find((condition: Condition) => condition.type === 'Upgradeable');
  // What the catalog offers only matters while no CSV is installed (pages judge by the installed one).
  const catalogVersion = csv ? undefined : await readCatalogVersion(reader, subscription);
  const incomplete = missingInstallParts({
    namespaceExists: namespaceObject !== undefined,
    recorded: recordedInstall(namespaceObject?.metadata?.annotations) !== undefined,
    operatorGroup: operatorGroups && operatorGroups.length > 0,
    subscription: reader.isUnreadable(kinds.subscription) ? undefined : subscription !== undefined,
  });
  return {
    configMaps,
    facts: {
      namespace,
      namespaceExists: namespaceObject !== undefined,
      incomplete,
      operatorGroup: operatorGroup
        ? {
            name: operatorGroup.metadata?.name ?? '',
            targetNamespaces: operatorGroup.spec?.targetNamespaces ?? [],
          }
        : undefined,
      subscription: subscriptionFacts(subscription, installPlan),
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

/** A ConfigMap of the list by name. */
export function namedConfigMap(
  configMaps: readonly V1ConfigMap[],
  name: string,
): V1ConfigMap | undefined {
  return configMaps.find((configMap) => configMap.metadata?.name === name);
}
