import type { V1ConfigMap, V1Namespace, V1Secret } from '@kubernetes/client-node';
import type { InstallState } from '../../../contract/install';
import { missingInstallParts, recordedInstall } from '../../domain/install/install-record';
import { deriveInstallProgress } from '../../domain/install/install-progress';
import { keyRotationReach } from '../../domain/install/key-rotation-reach';
import type {
  ClusterServiceVersion,
  InstallPlan,
  ObjectMeta,
  OperatorGroup,
  PackageManifest,
} from '../../domain/openshift-objects';
import { wmcoNames } from '../../domain/wmco-names';
import { kinds } from '../kinds';
import { readWindowsNodes } from '../nodes/windows-nodes';
import type { ClusterReader } from '../reader/cluster-reader';
import { readWmcoNamespace, readWmcoSubscription } from '../wmco/wmco-state';
import { logRotationState } from './log-rotation-writer';
import { storedKeyInfo } from './wmco-installer';

interface CatalogSource {
  metadata?: ObjectMeta;
  spec?: { displayName?: string };
}

const marketplace = 'openshift-marketplace';

/** Everything the install wizard shows, read as the caller. */
export async function readInstallState(reader: ClusterReader): Promise<InstallState> {
  const [subscription, catalogSources, packageManifest] = await Promise.all([
    readWmcoSubscription(reader),
    reader.list<CatalogSource>(kinds.catalogSource),
    reader.get<PackageManifest>(kinds.packageManifest, wmcoNames.packageName, marketplace),
  ]);
  const namespace = await readWmcoNamespace(reader, subscription);
  const planName = subscription?.status?.installPlanRef?.name;
  const csvName = subscription?.status?.installedCSV ?? subscription?.status?.currentCSV;
  const [namespaceObject, operatorGroups, installPlan, csv, secret, nodes, instances] =
    await Promise.all([
      reader.get<V1Namespace>(kinds.namespace, namespace),
      reader.list<OperatorGroup>(kinds.operatorGroup, { namespace }),
      planName ? reader.get<InstallPlan>(kinds.installPlan, planName, namespace) : undefined,
      csvName
        ? reader.get<ClusterServiceVersion>(kinds.clusterServiceVersion, csvName, namespace)
        : undefined,
      // The public half of the stored key is derived from the key itself: never from a cache.
      reader.getWhole<V1Secret>(kinds.secret, wmcoNames.privateKeySecret, namespace),
      readWindowsNodes(reader),
      reader.get<V1ConfigMap>(kinds.configMap, wmcoNames.instancesConfigMap, namespace),
    ]);
  const recorded = recordedInstall(namespaceObject?.metadata?.annotations);
  const missing = missingInstallParts({
    namespaceExists: namespaceObject !== undefined,
    recorded: recorded !== undefined,
    operatorGroup: operatorGroups && operatorGroups.length > 0,
    subscription: reader.isUnreadable(kinds.subscription) ? undefined : subscription !== undefined,
    key: reader.isUnreadable(kinds.secret) ? undefined : secret !== undefined,
  });
  return {
    namespace,
    incomplete: missing ? { missing, settings: recorded } : undefined,
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
    keyRotation: keyRotationReach(
      reader.isUnreadable(kinds.node) ? undefined : nodes,
      reader.isUnreadable(kinds.configMap) ? undefined : (instances?.data ?? {}),
    ),
    logRotation: subscription ? logRotationState(subscription, csv) : undefined,
    unreadable: reader.unreadable(),
  };
}
