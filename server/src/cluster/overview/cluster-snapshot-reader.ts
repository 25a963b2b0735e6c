import type {
  ClusterVersion,
  ConfigNetwork,
  Infrastructure,
  OperatorNetwork,
  Proxy,
} from '../../domain/openshift-objects';
import type { ClusterSnapshot, PrivateKeyFacts } from '../../domain/overview/cluster-snapshot';
import {
  isWindowsMachineSet,
  toWindowsMachineSetFacts,
} from '../../domain/machinesets/windows-machine-set';
import { wmcoNames } from '../../domain/wmco-names';
import { kinds } from '../kinds';
import { readMachineSets } from '../machinesets/machine-set-reader';
import type { ClusterReader } from '../reader/cluster-reader';
import type { SecretFacts } from '../secret-facts';
import { readWindowsNodes } from '../nodes/windows-nodes';
import type { HostResolver } from '../../ssh/host-resolver';
import { resolveInstanceKeys } from '../wmco/instance-resolution';
import { readWindowsCsiDaemonSets } from './csi-daemon-set-reader';
import { readMonitoring } from './monitoring-reader';
import { readTopology } from './topology-reader';
import {
  namedConfigMap,
  readWmco,
  readWmcoNamespace,
  readWmcoSubscription,
} from '../wmco/wmco-state';

/** What the overview judges of `cloud-private-key`; undefined when the caller may not read it. */
async function readPrivateKey(
  reader: ClusterReader,
  namespace: string,
): Promise<PrivateKeyFacts | undefined> {
  const secret = await reader.get<SecretFacts>(kinds.secret, wmcoNames.privateKeySecret, namespace);
  if (reader.isUnreadable(kinds.secret)) return undefined;
  return secret?.keyFacts ?? { present: false };
}

function network(
  configNetwork: ConfigNetwork | undefined,
  operatorNetwork: OperatorNetwork | undefined,
): ClusterSnapshot['network'] {
  if (!configNetwork && !operatorNetwork) return undefined;
  const overlay = operatorNetwork?.spec?.defaultNetwork?.ovnKubernetesConfig?.hybridOverlayConfig;
  return {
    networkType: configNetwork?.status?.networkType ?? configNetwork?.spec?.networkType,
    hybridOverlay: overlay
      ? {
          clusterNetworks: (overlay.hybridClusterNetwork ?? []).map((entry) => ({
            cidr: entry.cidr ?? '',
            hostPrefix: entry.hostPrefix,
          })),
          vxlanPort: overlay.hybridOverlayVXLANPort,
        }
      : undefined,
  };
}

function platform(infrastructure: Infrastructure | undefined): ClusterSnapshot['platform'] {
  const status = infrastructure?.status;
  if (!status) return undefined;
  return {
    type: status.platformStatus?.type ?? 'None',
    infrastructureName: status.infrastructureName ?? '',
    region: status.platformStatus?.aws?.region ?? status.platformStatus?.gcp?.region,
  };
}

function proxyConfigured(proxy: Proxy | undefined): boolean | undefined {
  if (!proxy) return undefined;
  return Boolean(
    proxy.status?.httpProxy ??
    proxy.status?.httpsProxy ??
    proxy.spec?.httpProxy ??
    proxy.spec?.httpsProxy,
  );
}

/**
 * Everything the overview judges, read as the caller: each read may come back "not allowed". The BYOH
 * entries' names are looked up as the BYOH page looks them up; `lookedUp` hears when one was.
 */
export async function readClusterSnapshot(
  reader: ClusterReader,
  resolver: HostResolver,
  lookedUp: () => void = () => undefined,
): Promise<ClusterSnapshot> {
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
    reader.get<Infrastructure>(kinds.infrastructure, 'cluster'),
    reader.get<ClusterVersion>(kinds.clusterVersion, 'version'),
    reader.get<ConfigNetwork>(kinds.configNetwork, 'cluster'),
    reader.get<OperatorNetwork>(kinds.operatorNetwork, 'cluster'),
    reader.get<Proxy>(kinds.proxy, 'cluster'),
    readWmcoSubscription(reader),
    readWindowsNodes(reader),
    readMachineSets(reader),
  ]);
  // Everything below depends only on the Subscription: one round of reads, not three.
  const namespace = await readWmcoNamespace(reader, subscription);
  const version =
    clusterVersion?.status?.desired?.version ?? clusterVersion?.status?.history?.[0]?.version;
  const [
    { facts: wmco, configMaps },
    privateKey,
    userData,
    monitoring,
    windowsCsiDaemonSets,
    topology,
  ] = await Promise.all([
    readWmco(reader, subscription, namespace),
    readPrivateKey(reader, namespace),
    reader.get<SecretFacts>(kinds.secret, wmcoNames.userDataSecret, wmcoNames.machineApiNamespace),
    subscription ? readMonitoring(reader, namespace) : undefined,
    readWindowsCsiDaemonSets(reader, version),
    readTopology(reader, infrastructure, clusterVersion),
  ]);
  const instances = namedConfigMap(configMaps, wmcoNames.instancesConfigMap);
  const byohEntries = Object.entries(instances?.data ?? {}).map(([address, value]) => ({
    address,
    value,
  }));
  const { resolution, looked } = await resolveInstanceKeys(byohEntries, resolver);
  if (looked) lookedUp();
  return {
    unreadable: reader.unreadable(),
    platform: platform(infrastructure),
    clusterVersion: version,
    network: network(configNetwork, operatorNetwork),
    proxyConfigured: proxyConfigured(proxy),
    wmco,
    privateKey: wmco.namespaceExists ? privateKey : undefined,
    userDataSecretPresent: reader.isUnreadable(kinds.secret) ? undefined : userData !== undefined,
    nodes,
    windowsMachineSets: machineSets.filter(isWindowsMachineSet).map(toWindowsMachineSetFacts),
    byohEntries,
    byohResolution: resolution,
    monitoring,
    windowsCsiDaemonSets,
    topology,
  };
}
