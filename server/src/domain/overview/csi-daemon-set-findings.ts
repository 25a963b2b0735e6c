import semver from 'semver';
import type { Finding } from '../../../contract/findings';
import type { ClusterSnapshot } from './cluster-snapshot';
import { csiOperatorsNamespace, operatorWindowsDrivers } from './windows-csi-daemon-sets';

/**
 * From OpenShift 5.0 the Azure File and vSphere CSI driver operators deploy their drivers' Windows node
 * DaemonSets themselves; a hand-made one of the same driver registers the same plugin on the same nodes
 * and must go once the operator's runs (the enhancement asks it removed before the upgrade). Earlier
 * releases deploy none, so a hand-made one is the documented way there.
 */
export function csiDaemonSetFindings(snapshot: ClusterSnapshot): Finding[] {
  const cluster = semver.coerce(snapshot.clusterVersion);
  if (!cluster || semver.lt(cluster, '5.0.0')) return [];
  const platform = snapshot.platform?.type;
  return (snapshot.windowsCsiDaemonSets ?? [])
    .filter(({ driver }) => {
      const driverPlatform = operatorWindowsDrivers[driver];
      return driverPlatform !== undefined && (!platform || platform === driverPlatform);
    })
    .map(({ namespace, name, driver }) => ({
      id: `csi-daemon-set-conflict-${namespace}-${name}`,
      area: 'nodes',
      severity: 'warning',
      code: 'csi-daemon-set-conflict',
      params: {
        namespace,
        name,
        driver,
        openshift: snapshot.clusterVersion ?? '',
        operatorNamespace: csiOperatorsNamespace,
      },
    }));
}
