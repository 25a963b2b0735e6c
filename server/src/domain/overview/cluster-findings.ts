import type { Finding } from '../../../contract/findings';
import {
  openshiftMinor,
  openshiftRange,
  runsOnOpenShift,
  supportedWindowsVersions,
  usableWindowsVersions,
  type WmcoRules,
} from '../support/support-matrix';
import { machineSetPlatform } from '../machinesets/platform-table';
import type { ClusterSnapshot } from './cluster-snapshot';
import { isUserProvisionedOnCloud } from './topology-findings';

export function platformFindings(
  snapshot: ClusterSnapshot,
  rules: WmcoRules | undefined,
): Finding[] {
  const platform = snapshot.platform;
  if (!platform || !rules) return [];
  const versions = [...supportedWindowsVersions(rules, platform.type)];
  const guideSection = rules.release.guideSection ?? '2.7.1';
  if (versions.length === 0) {
    return [
      {
        id: 'platform-unsupported',
        area: 'platform',
        severity: 'blocked',
        code: 'platform-unsupported',
        params: {
          platform: platform.type,
          release: rules.release.label,
          platforms: Object.keys(rules.release.platforms),
        },
        guideSection,
      },
    ];
  }
  const byohOnly =
    platform.type === 'None' || platform.type === 'BareMetal' || isUserProvisionedOnCloud(snapshot);
  // What a custom VXLAN port rules out is never listed as supported: it is named as left out.
  const port = snapshot.network?.hybridOverlay?.vxlanPort;
  const usable = [...usableWindowsVersions(rules, platform.type, port !== undefined)];
  const vxlanPort = usable.length < versions.length ? port : undefined;
  const params = { platform: platform.type, versions: usable, vxlanPort };
  return [
    {
      id: 'platform-supported',
      area: 'platform',
      severity: usable.length > 0 ? 'ok' : 'blocked',
      ...(byohOnly
        ? { code: 'platform-byoh-only', params }
        : { code: 'platform-supported', params: { ...params, release: rules.release.label } }),
      guideSection,
      // The MachineSet wizard where it has the platform (see the platform table), BYOH elsewhere.
      fix:
        !byohOnly && machineSetPlatform(platform.type)
          ? { action: 'create-machine-set', route: '/windows/machinesets' }
          : { action: 'add-byoh-instances', route: '/windows/byoh' },
    },
  ];
}

export function clusterVersionFindings(
  snapshot: ClusterSnapshot,
  rules: WmcoRules | undefined,
): Finding[] {
  const version = snapshot.clusterVersion;
  if (!version || !rules || runsOnOpenShift(rules, version)) return [];
  const { min, max } = openshiftRange(rules);
  return [
    {
      id: 'cluster-version-unsupported',
      area: 'platform',
      severity: 'blocked',
      code: 'cluster-version-unsupported',
      params: { wmco: rules.version, openshift: openshiftMinor(version) ?? version, min, max },
      guideSection: '4',
      fix: { action: 'choose-channel', route: '/windows/install' },
    },
  ];
}

export function networkFindings(snapshot: ClusterSnapshot): Finding[] {
  const network = snapshot.network;
  if (!network) return [];
  if (network.networkType !== 'OVNKubernetes') {
    return [
      {
        id: 'network-not-ovn',
        area: 'network',
        severity: 'blocked',
        code: 'network-not-ovn',
        params: { networkType: network.networkType },
        guideSection: '2.7.3',
      },
    ];
  }
  const overlay = network.hybridOverlay;
  if (!overlay) {
    return [
      {
        id: 'hybrid-overlay-missing',
        area: 'network',
        severity: 'blocked',
        code: 'hybrid-overlay-missing',
        params: {},
        guideSection: '2.7.3',
      },
    ];
  }
  if (overlay.clusterNetworks.length === 0) {
    return [
      {
        id: 'hybrid-cluster-network-empty',
        area: 'network',
        severity: 'blocked',
        code: 'hybrid-cluster-network-empty',
        params: {},
        guideSection: '2.7.3',
      },
    ];
  }
  const findings: Finding[] = [];
  const platform = snapshot.platform?.type;
  if (platform === 'VSphere' && overlay.vxlanPort === undefined) {
    findings.push({
      id: 'vsphere-vxlan-port-missing',
      area: 'network',
      severity: 'blocked',
      code: 'vsphere-vxlan-port-missing',
      params: {},
      guideSection: '2.7.3',
    });
  }
  if (overlay.vxlanPort !== undefined) {
    const on2019 = snapshot.nodes
      .filter((node) => node.windowsServer === '2019')
      .map((node) => node.name);
    const machineSets2019 = snapshot.windowsMachineSets
      .filter((machineSet) => machineSet.windowsServer === '2019')
      .map((machineSet) => machineSet.name);
    const affected = [...on2019, ...machineSets2019];
    if (affected.length > 0) {
      findings.push({
        id: 'vxlan-port-with-2019',
        area: 'network',
        severity: 'blocked',
        code: 'vxlan-port-with-2019',
        params: { port: overlay.vxlanPort, affected },
        guideSection: '2.7.3',
        fix: { action: 'manage-machine-sets', route: '/windows/machinesets' },
      });
    }
  }
  if (findings.length === 0) {
    findings.push({
      id: 'hybrid-networking-ok',
      area: 'network',
      severity: 'ok',
      code: 'hybrid-networking-ok',
      params: {
        cidrs: overlay.clusterNetworks.map((network) => network.cidr),
        port: overlay.vxlanPort,
      },
      guideSection: '2.7.3',
    });
  }
  return findings;
}

export function proxyFindings(snapshot: ClusterSnapshot, rules: WmcoRules | undefined): Finding[] {
  if (!snapshot.proxyConfigured || !rules) return [];
  const supported = rules.release.clusterProxySupported;
  return [
    {
      id: supported ? 'cluster-proxy-supported' : 'cluster-proxy-unsupported',
      area: 'network',
      severity: supported ? 'ok' : 'blocked',
      code: supported ? 'cluster-proxy-supported' : 'cluster-proxy-unsupported',
      params: { wmco: rules.version },
      guideSection: '2.8',
    },
  ];
}
