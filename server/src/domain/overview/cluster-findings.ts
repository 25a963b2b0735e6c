import type { Finding } from '../../../contract/findings';
import {
  openshiftMinor,
  openshiftRange,
  runsOnOpenShift,
  supportedWindowsVersions,
  type WmcoRules,
} from '../support/support-matrix';
import { machineSetPlatform } from '../machinesets/platform-table';
import type { ClusterSnapshot } from './cluster-snapshot';

const platformNames: Record<string, string> = {
  AWS: 'Amazon Web Services',
  Azure: 'Microsoft Azure',
  VSphere: 'VMware vSphere',
  GCP: 'Google Cloud Platform',
  Nutanix: 'Nutanix',
  None: 'a platform-agnostic (none) installation',
  BareMetal: 'bare metal',
};

/** The platforms of the release's row, by name: never one it refuses. */
function supportedPlatformNames(rules: WmcoRules): string {
  const names = Object.keys(rules.release.platforms).map((type) => platformNames[type] ?? type);
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

export function platformFindings(
  snapshot: ClusterSnapshot,
  rules: WmcoRules | undefined,
): Finding[] {
  const platform = snapshot.platform;
  if (!platform || !rules) return [];
  const versions = supportedWindowsVersions(rules, platform.type);
  const name = platformNames[platform.type] ?? platform.type;
  if (versions.length === 0) {
    return [
      {
        id: 'platform-unsupported',
        area: 'platform',
        severity: 'blocked',
        title: `${platform.type} is not supported for Windows nodes`,
        detail: `${rules.release.label} runs Windows nodes on ${supportedPlatformNames(rules)}; this cluster runs on ${name}.`,
        guideSection: rules.release.guideSection ?? '2.7.1',
      },
    ];
  }
  const byohOnly = platform.type === 'None' || platform.type === 'BareMetal';
  return [
    {
      id: 'platform-supported',
      area: 'platform',
      severity: 'ok',
      title: `${name} supports Windows Server ${versions.join(', ')}`,
      detail: byohOnly
        ? 'Windows nodes join this cluster as Bring-Your-Own-Host instances.'
        : `${rules.release.label} creates Windows machines here through Windows MachineSets, and can also add BYOH instances.`,
      guideSection: rules.release.guideSection ?? '2.7.1',
      // The MachineSet wizard where it has the platform (see the platform table), BYOH elsewhere.
      fix: machineSetPlatform(platform.type)
        ? { label: 'Create a Windows MachineSet', route: '/windows/machinesets' }
        : { label: 'Add BYOH instances', route: '/windows/byoh' },
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
      title: `WMCO ${rules.version} does not run on OpenShift ${openshiftMinor(version) ?? version}`,
      detail: `WMCO ${rules.version} supports OpenShift ${min === max ? min : `${min}–${max}`}; outside that range it refuses to start. Use the WMCO release that matches the cluster (from 10.15 on, WMCO's minor version equals OpenShift's).`,
      guideSection: '4',
      fix: { label: 'Choose the matching channel', route: '/windows/install' },
    },
  ];
}

export function networkFindings(snapshot: ClusterSnapshot): Finding[] {
  const network = snapshot.network;
  if (!network) return [];
  const installOnly =
    'Hybrid networking can only be configured when the cluster is installed, so Windows nodes need a cluster installed with it.';
  if (network.networkType !== 'OVNKubernetes') {
    return [
      {
        id: 'network-not-ovn',
        area: 'network',
        severity: 'blocked',
        title: `${network.networkType ?? 'This network type'} cannot run Windows nodes`,
        detail: `Windows nodes need OVN-Kubernetes with hybrid networking; WMCO does not support OpenShift SDN or other network plugins. ${installOnly}`,
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
        title: 'OVN-Kubernetes runs without hybrid networking',
        detail: `WMCO does not support OVN-Kubernetes without a hybrid overlay (hybridOverlayConfig). ${installOnly}`,
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
        title: 'The hybrid overlay has no cluster network',
        detail:
          'hybridOverlayConfig.hybridClusterNetwork is empty; WMCO checks it at start-up and keeps restarting until it names a CIDR for Windows pods.',
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
      title: 'vSphere needs a custom VXLAN port for the hybrid overlay',
      detail: `On vSphere the hybrid overlay must use a custom VXLAN port (hybridOverlayVXLANPort, e.g. 9898), because the default port 4789 is taken by vSphere's own networking. ${installOnly}`,
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
        title: 'Windows Server 2019 with a custom VXLAN port is unsupported',
        detail: `The hybrid overlay uses custom VXLAN port ${overlay.vxlanPort}; the guide supports a custom port with Windows Server 2022 and later only. Replace these with Windows Server 2022 or later: ${affected.join(', ')}.`,
        guideSection: '2.7.3',
        fix: { label: 'Manage Windows MachineSets', route: '/windows/machinesets' },
      });
    }
  }
  if (findings.length === 0) {
    findings.push({
      id: 'hybrid-networking-ok',
      area: 'network',
      severity: 'ok',
      title: 'Hybrid networking with OVN-Kubernetes is configured',
      detail: `Windows pods use ${overlay.clusterNetworks.map((n) => n.cidr).join(', ')}${overlay.vxlanPort === undefined ? '' : ` over VXLAN port ${overlay.vxlanPort}`}.`,
      guideSection: '2.7.3',
    });
  }
  return findings;
}

export function proxyFindings(snapshot: ClusterSnapshot, rules: WmcoRules | undefined): Finding[] {
  if (!snapshot.proxyConfigured || !rules) return [];
  if (!rules.release.clusterProxySupported) {
    return [
      {
        id: 'cluster-proxy-unsupported',
        area: 'network',
        severity: 'blocked',
        title: `WMCO ${rules.version} does not support a cluster-wide proxy`,
        detail: `This cluster has a cluster-wide proxy, and WMCO ${rules.version} cannot route its traffic through it. Remove the proxy, or use a WMCO release that supports it (9.0 and later).`,
        guideSection: '2.8',
      },
    ];
  }
  return [
    {
      id: 'cluster-proxy-supported',
      area: 'network',
      severity: 'ok',
      title: 'The cluster-wide proxy is passed on to Windows nodes',
      detail: `WMCO ${rules.version} pushes the proxy settings and the trusted CA bundle to every Windows node (the 4.12 guide predates this support).`,
      guideSection: '2.8',
    },
  ];
}
