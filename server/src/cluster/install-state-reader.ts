import type { KubeConfig } from '@kubernetes/client-node';
import type { InstallState } from '../../contract/install';
import { deriveInstallProgress } from '../domain/install/install-progress';
import { wmcoNames } from '../domain/wmco-names';
import { storedKeyInfo } from './wmco-installer';
import { CallerClient, kinds } from './olm-client';
import type {
  ClusterServiceVersion,
  InstallPlan,
  ObjectMeta,
  OperatorGroup,
  PackageManifest,
  Subscription,
} from '../domain/openshift-objects';
import { PermissiveReader } from './permissive-reader';
import { wmcoNamespaceOf } from './wmco-namespace';

interface CatalogSource {
  metadata?: ObjectMeta;
  spec?: { displayName?: string };
}

const marketplace = 'openshift-marketplace';

/** Everything the install wizard shows, read as the caller. */
export async function readInstallState(kubeConfig: KubeConfig): Promise<InstallState> {
  const client = new CallerClient(kubeConfig);
  const reader = new PermissiveReader();
  const [subscriptions, catalogSources, packageManifest] = await Promise.all([
    reader.read('subscriptions.operators.coreos.com', () =>
      client.list<Subscription>(kinds.subscription),
    ),
    reader.read('catalogsources.operators.coreos.com', () =>
      client.list<CatalogSource>(kinds.catalogSource),
    ),
    reader.read('packagemanifests.packages.operators.coreos.com', () =>
      client.get<PackageManifest>(kinds.packageManifest, marketplace, wmcoNames.packageName),
    ),
  ]);
  const subscription = subscriptions?.find(
    (candidate) => candidate.spec?.name === wmcoNames.packageName,
  );
  const namespace = wmcoNamespaceOf(subscription);
  const planName = subscription?.status?.installPlanRef?.name;
  const csvName = subscription?.status?.installedCSV ?? subscription?.status?.currentCSV;
  const [namespaceObject, operatorGroups, installPlan, csv, secret] = await Promise.all([
    reader.read('namespaces', () => client.core.readNamespace({ name: namespace })),
    reader.read('operatorgroups.operators.coreos.com', () =>
      client.list<OperatorGroup>(kinds.operatorGroup, namespace),
    ),
    planName
      ? reader.read('installplans.operators.coreos.com', () =>
          client.get<InstallPlan>(kinds.installPlan, namespace, planName),
        )
      : undefined,
    csvName
      ? reader.read('clusterserviceversions.operators.coreos.com', () =>
          client.get<ClusterServiceVersion>(kinds.clusterServiceVersion, namespace, csvName),
        )
      : undefined,
    reader.read('secrets', () =>
      client.core.readNamespacedSecret({ name: wmcoNames.privateKeySecret, namespace }),
    ),
  ]);
  return {
    namespace,
    catalogSources: (catalogSources ?? []).map((source) => ({
      name: source.metadata?.name ?? '',
      namespace: source.metadata?.namespace ?? '',
      displayName: source.spec?.displayName,
    })),
    channels: (packageManifest?.status?.channels ?? []).map((channel) => ({
      name: channel.name ?? '',
      version: channel.currentCSVDesc?.version,
    })),
    defaultChannel: packageManifest?.status?.defaultChannel,
    existing: {
      namespace: namespaceObject !== undefined,
      operatorGroup: operatorGroups?.[0]?.metadata?.name,
      subscription: subscription
        ? {
            name: subscription.metadata?.name ?? '',
            channel: subscription.spec?.channel,
            approval: subscription.spec?.installPlanApproval,
            source: subscription.spec?.source,
          }
        : undefined,
      key: storedKeyInfo(secret),
    },
    progress: deriveInstallProgress(subscription, installPlan, csv),
    unreadable: [...reader.unreadable].sort(),
  };
}
