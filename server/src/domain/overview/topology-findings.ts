import { isIP } from 'node:net';
import type { DisconnectedSign, Finding } from '../../../contract/findings';
import type { WmcoRules } from '../support/support-matrix';
import type { ClusterSnapshot } from './cluster-snapshot';
import { installConfigMap, insideNetworks } from './machine-network';

/** Findings name the first few entries; the plugin says how many more there are. */
const namedAtMost = 5;

/** The platforms on which an installer-provisioned cluster creates machines through the Machine API. */
const cloudPlatforms = new Set(['AWS', 'Azure', 'GCP', 'VSphere', 'Nutanix']);

/**
 * A cluster on a cloud whose machines the Machine API does not manage: Windows MachineSets cannot work
 * there (guide ch. 5: user-provisioned installs have no compute MachineSets). Two signs: ClusterVersion
 * has the MachineAPI capability disabled (4.14+), or openshift-machine-api holds neither MachineSets nor
 * Machines — an installer-provisioned cluster always has its control plane's Machines there, while the
 * user-provisioned install docs have their manifests deleted. Unreadable or unstated: not concluded.
 */
export function isUserProvisionedOnCloud(snapshot: ClusterSnapshot): boolean {
  const platform = snapshot.platform?.type;
  if (platform === undefined || !cloudPlatforms.has(platform)) return false;
  const { machineApiCapability, machineApiObjects } = snapshot.topology;
  return machineApiCapability === false || machineApiObjects === 0;
}

export function userProvisionedFindings(snapshot: ClusterSnapshot): Finding[] {
  if (!snapshot.platform || !isUserProvisionedOnCloud(snapshot)) return [];
  const machineSets = snapshot.windowsMachineSets.map((machineSet) => machineSet.name);
  return [
    {
      id: 'cluster-user-provisioned',
      area: 'platform',
      severity: machineSets.length > 0 ? 'warning' : 'ok',
      code: 'cluster-user-provisioned',
      params: { platform: snapshot.platform.type, machineSets: machineSets.slice(0, namedAtMost) },
      guideSection: '5',
      fix: { action: 'add-byoh-instances', route: '/windows/byoh' },
    },
  ];
}

/**
 * A disconnected cluster: mirror sets redirect its pulls, or OperatorHub's default catalogs are off.
 * WMCO before 10.16 does not run there (guide §2.8); later releases need WMCO from a mirrored catalog
 * and the Windows and pause images mirrored, which the mirrors view checks.
 */
export function disconnectedFindings(
  snapshot: ClusterSnapshot,
  rules: WmcoRules | undefined,
): Finding[] {
  const { mirrorSets = 0, defaultSourcesDisabled = false } = snapshot.topology;
  const signs: DisconnectedSign[] = [
    ...(mirrorSets > 0 ? (['mirror-sets'] as const) : []),
    ...(defaultSourcesDisabled ? (['default-sources-off'] as const) : []),
  ];
  if (signs.length === 0) return [];
  // No fix link: the mirrors panel that checks them is on the Overview itself, and the words name it.
  const base = { id: 'cluster-disconnected', area: 'platform', guideSection: '2.8' } as const;
  if (rules && !rules.release.mirrorsSupported) {
    return [
      {
        ...base,
        severity: 'blocked',
        code: 'cluster-disconnected-unsupported',
        params: { signs, mirrorSets, wmco: rules.version },
      },
    ];
  }
  return [
    {
      ...base,
      severity: 'ok',
      code: 'cluster-disconnected',
      params: { signs, mirrorSets, wmco: rules?.version },
    },
  ];
}

/** An entry's addresses: an IP literal stands for itself, a name for what it resolved to. */
function addressesOf(key: string, snapshot: ClusterSnapshot): readonly string[] {
  return isIP(key) !== 0 ? [key] : (snapshot.byohResolution.get(key) ?? []);
}

/**
 * Guide §8.1: a BYOH instance must be on the Linux workers' network. Entries with no address (an
 * unresolved name) are left to the entry judgement, which already refuses them.
 */
export function machineNetworkFindings(snapshot: ClusterSnapshot): Finding[] {
  if (snapshot.byohEntries.length === 0) return [];
  const networks = snapshot.topology.machineNetworks;
  if (networks.state !== 'read') {
    return [
      {
        id: 'byoh-machine-network-unknown',
        area: 'byoh',
        // A note, not a warning: the rule cannot be checked, so it is listed to be checked by hand
        // (a caller who may not read the ConfigMap also gets the cannot-read warning).
        severity: 'ok',
        code: 'byoh-machine-network-unknown',
        params: { configMap: `${installConfigMap.namespace}/${installConfigMap.name}` },
        guideSection: '8.1',
      },
    ];
  }
  const outside = snapshot.byohEntries
    .map((entry) => entry.address)
    .filter((key) => {
      const addresses = addressesOf(key, snapshot);
      return addresses.length > 0 && !addresses.some((ip) => insideNetworks(ip, networks.cidrs));
    });
  if (outside.length === 0) return [];
  return [
    {
      id: 'byoh-outside-machine-network',
      area: 'byoh',
      severity: 'warning',
      code: 'byoh-outside-machine-network',
      params: {
        count: outside.length,
        addresses: outside.slice(0, namedAtMost),
        cidrs: networks.cidrs,
      },
      guideSection: '8.1',
      fix: { action: 'fix-byoh-entries', route: '/windows/byoh' },
    },
  ];
}

/**
 * Guide §8.1's prerequisites the BFF cannot see (instance tags, ports, the SSH shell, the hostname, the
 * internal API from the host), with the values this cluster needs, wherever Windows nodes join as BYOH.
 */
export function byohPrerequisiteFindings(snapshot: ClusterSnapshot): Finding[] {
  const platform = snapshot.platform?.type;
  const byohOnly =
    platform === 'None' || platform === 'BareMetal' || isUserProvisionedOnCloud(snapshot);
  if (snapshot.byohEntries.length === 0 && !byohOnly) return [];
  const infrastructureName = snapshot.platform?.infrastructureName;
  return [
    {
      id: 'byoh-prerequisites',
      area: 'byoh',
      severity: 'ok',
      code: 'byoh-prerequisites',
      params: {
        awsTag:
          platform === 'AWS' && infrastructureName
            ? `kubernetes.io/cluster/${infrastructureName}`
            : undefined,
        apiInt: platform === 'VSphere' ? snapshot.topology.apiServerInternalHost : undefined,
      },
      guideSection: '8.1',
      fix: { action: 'add-byoh-instances', route: '/windows/byoh' },
    },
  ];
}
