import { isGoDomainName } from '../../domain/byoh/instance-entry';
import type {
  ClusterVersion,
  Infrastructure,
  Machine,
  MachineSet,
  OperatorHub,
} from '../../domain/openshift-objects';
import type { MachineNetworks, TopologyFacts } from '../../domain/overview/cluster-snapshot';
import { installConfigMap, machineNetworkCidrs } from '../../domain/overview/machine-network';
import { wmcoNames } from '../../domain/wmco-names';
import { kinds, type KindEntry } from '../kinds';
import type { ClusterReader } from '../reader/cluster-reader';

interface ConfigMap {
  data?: Record<string, string>;
}

async function readMachineNetworks(reader: ClusterReader): Promise<MachineNetworks> {
  const { name, namespace } = installConfigMap;
  const configMap = await reader.get<ConfigMap>(kinds.configMap, name, namespace);
  if (reader.wasRefused(kinds.configMap, name, namespace)) return { state: 'unreadable' };
  const cidrs = machineNetworkCidrs(configMap?.data?.['install-config']);
  return cidrs ? { state: 'read', cidrs } : { state: 'absent' };
}

/** The host of `https://api-int.<cluster domain>:6443`, only when it is a DNS name. */
function internalApiHost(infrastructure: Infrastructure | undefined): string | undefined {
  const uri = infrastructure?.status?.apiServerInternalURI;
  if (!uri || !URL.canParse(uri)) return undefined;
  const host = new URL(uri).hostname;
  return isGoDomainName(host) ? host : undefined;
}

/** How many objects of the kinds there are; undefined when the caller may not list one of them. */
function countOf(
  reader: ClusterReader,
  lists: [KindEntry, readonly unknown[] | undefined][],
): number | undefined {
  if (lists.some(([kind]) => reader.isUnreadable(kind))) return undefined;
  return lists.reduce((total, [, list]) => total + (list?.length ?? 0), 0);
}

/**
 * How the cluster was installed and where it pulls images from, read as the caller. A kind whose CRD
 * the cluster lacks reads as none (the reader's 404); one the caller may not read stays unknown.
 */
export async function readTopology(
  reader: ClusterReader,
  infrastructure: Infrastructure | undefined,
  clusterVersion: ClusterVersion | undefined,
): Promise<TopologyFacts> {
  const inMachineApi = { namespace: wmcoNames.machineApiNamespace };
  const [machineNetworks, machineSets, machines, digestSets, tagSets, operatorHub] =
    await Promise.all([
      readMachineNetworks(reader),
      reader.list<MachineSet>(kinds.machineSet, inMachineApi),
      reader.list<Machine>(kinds.machine, inMachineApi),
      reader.list(kinds.imageDigestMirrorSet),
      reader.list(kinds.imageTagMirrorSet),
      reader.get<OperatorHub>(kinds.operatorHub, 'cluster'),
    ]);
  const capabilities = clusterVersion?.status?.capabilities?.enabledCapabilities;
  return {
    machineApiCapability: capabilities ? capabilities.includes('MachineAPI') : undefined,
    machineApiObjects: countOf(reader, [
      [kinds.machineSet, machineSets],
      [kinds.machine, machines],
    ]),
    machineNetworks,
    mirrorSets: countOf(reader, [
      [kinds.imageDigestMirrorSet, digestSets],
      [kinds.imageTagMirrorSet, tagSets],
    ]),
    defaultSourcesDisabled: operatorHub?.spec?.disableAllDefaultSources,
    apiServerInternalHost: internalApiHost(infrastructure),
  };
}
