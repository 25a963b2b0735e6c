import semver from 'semver';
import {
  handMadeWindowsCsiDaemonSets,
  type CsiRuleDaemonSet,
  type WindowsCsiDaemonSet,
} from '../../domain/overview/windows-csi-daemon-sets';
import { kinds } from '../kinds';
import type { ClusterReader } from '../reader/cluster-reader';

/**
 * The hand-made Windows CSI node DaemonSets, listed cluster-wide as the caller (a node selector cannot
 * be selected on, so one list: the shared cache's, after the caller's access check); only on OpenShift
 * 5.0 and later, where an operator's may conflict with them. Undefined when not read or not readable
 * (then `unreadable` names daemonsets.apps).
 */
export async function readWindowsCsiDaemonSets(
  reader: ClusterReader,
  clusterVersion: string | undefined,
): Promise<WindowsCsiDaemonSet[] | undefined> {
  const cluster = semver.coerce(clusterVersion);
  if (!cluster || semver.lt(cluster, '5.0.0')) return undefined;
  const daemonSets = await reader.list<CsiRuleDaemonSet>(kinds.csiDaemonSet);
  return daemonSets ? handMadeWindowsCsiDaemonSets(daemonSets) : undefined;
}
