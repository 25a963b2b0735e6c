import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WindowsNode } from '../../../contract/nodes';
import type { Readiness } from '../../../contract/overview';
import { Check } from 'typebox/value';
import { findingCatalogue, type FindingCode, type Severity } from '../../../contract/findings';
import type { ClusterSnapshot } from './cluster-snapshot';
import { deriveOverview } from './derive-overview';

function node(name: string, overrides: Partial<WindowsNode> = {}): WindowsNode {
  return {
    name,
    ready: true,
    schedulable: true,
    build: '10.0.20348',
    windowsServer: '2022',
    wmcoVersion: '10.22.0-abc1234',
    source: 'MachineSet',
    addresses: ['10.0.1.10'],
    upgrading: false,
    ...overrides,
  };
}

/** A healthy AWS cluster with WMCO 10.22 installed and two Ready Windows nodes. */
function healthy(): ClusterSnapshot {
  return {
    unreadable: [],
    platform: { type: 'AWS', infrastructureName: 'winlab-7xk2p', region: 'us-east-1' },
    clusterVersion: '4.22.3',
    network: {
      networkType: 'OVNKubernetes',
      hybridOverlay: { clusterNetworks: [{ cidr: '10.132.0.0/14', hostPrefix: 23 }] },
    },
    proxyConfigured: false,
    wmco: {
      namespace: 'openshift-windows-machine-config-operator',
      namespaceExists: true,
      operatorGroup: {
        name: 'windows-machine-config-operator',
        targetNamespaces: ['openshift-windows-machine-config-operator'],
      },
      subscription: {
        name: 'windows-machine-config-operator',
        channel: 'stable',
        approval: 'Automatic',
        logRotation: { fileSize: '100M', fileAge: '168h', flushInterval: '5s' },
      },
      csv: {
        name: 'windows-machine-config-operator.v10.22.0',
        version: '10.22.0',
        phase: 'Succeeded',
      },
      fullVersion: '10.22.0-abc1234',
      upgradeable: { status: 'True' },
    },
    privateKey: { present: true, keyType: 'ssh-ed25519' },
    userDataSecretPresent: true,
    nodes: [node('win-a'), node('win-b')],
    windowsMachineSets: [
      {
        name: 'winlab-7xk2p-windows-us-east-1a',
        replicas: 2,
        readyReplicas: 2,
        availableReplicas: 2,
      },
    ],
    byohEntries: [],
    byohResolution: new Map(),
    topology: {
      machineApiCapability: true,
      machineApiObjects: 5,
      machineNetworks: { state: 'read', cidrs: ['10.1.0.0/16'] },
      mirrorSets: 0,
      defaultSourcesDisabled: false,
      apiServerInternalHost: 'api-int.winlab.example.com',
    },
  };
}

/** Before WMCO: nothing in its namespace, judged by what the catalog would install. */
function fresh(): ClusterSnapshot {
  return {
    ...healthy(),
    wmco: {
      namespace: 'openshift-windows-machine-config-operator',
      namespaceExists: false,
      catalogVersion: '10.22.0',
    },
    privateKey: undefined,
    userDataSecretPresent: false,
    nodes: [],
    windowsMachineSets: [],
  };
}

interface Case {
  name: string;
  snapshot: () => ClusterSnapshot;
  readiness: Readiness;
  /** Finding id → severity it must have. */
  expect: Record<string, Severity>;
  /** Finding ids that must not appear. */
  absent?: string[];
  /** What the named finding must say: its code, and params it must carry (lists: these among them). */
  says?: [string, { code?: FindingCode; params?: Record<string, unknown> }];
}

const cases: Case[] = [
  {
    name: 'a healthy cluster is ready with only ok findings',
    snapshot: healthy,
    readiness: 'ready',
    expect: {
      'platform-supported': 'ok',
      'hybrid-networking-ok': 'ok',
      'wmco-installed': 'ok',
      'private-key-ok': 'ok',
      'nodes-ready': 'ok',
    },
  },
  {
    name: 'a fresh AWS cluster needs WMCO installed, judged by the catalog version',
    snapshot: fresh,
    readiness: 'action-needed',
    expect: { 'wmco-not-installed': 'warning', 'platform-supported': 'ok' },
    absent: ['private-key-missing', 'nodes-ready'],
    says: ['wmco-not-installed', { params: { catalogVersion: '10.22.0' } }],
  },
  {
    name: 'an install cut off after its namespace is shown as such, with the way to resume it',
    snapshot: () => ({
      ...fresh(),
      wmco: {
        ...fresh().wmco,
        namespaceExists: true,
        incomplete: ['operator-group' as const, 'subscription' as const],
      },
    }),
    readiness: 'action-needed',
    expect: { 'wmco-install-incomplete': 'warning' },
    absent: ['wmco-not-installed'],
    says: [
      'wmco-install-incomplete',
      {
        params: {
          namespace: 'openshift-windows-machine-config-operator',
          missing: ['operator-group', 'subscription'],
        },
      },
    ],
  },
  {
    name: 'an unsupported platform blocks',
    snapshot: () => ({ ...healthy(), platform: { type: 'OpenStack', infrastructureName: 'x' } }),
    readiness: 'blocked',
    expect: { 'platform-unsupported': 'blocked' },
  },
  {
    name: 'IBM Cloud is unsupported even before install',
    snapshot: () => ({ ...fresh(), platform: { type: 'IBMCloud', infrastructureName: 'x' } }),
    readiness: 'blocked',
    expect: { 'platform-unsupported': 'blocked' },
  },
  {
    name: 'Nutanix is unsupported on WMCO 8.x but supported on 9.x',
    snapshot: () => ({
      ...fresh(),
      clusterVersion: '4.13.10',
      platform: { type: 'Nutanix', infrastructureName: 'x' },
      wmco: { ...fresh().wmco, catalogVersion: '8.1.0' },
    }),
    readiness: 'blocked',
    expect: { 'platform-unsupported': 'blocked' },
  },
  {
    name: 'bare metal is BYOH-only and supported',
    snapshot: () => ({ ...fresh(), platform: { type: 'BareMetal', infrastructureName: 'x' } }),
    readiness: 'action-needed',
    expect: { 'platform-supported': 'ok' },
    says: ['platform-supported', { code: 'platform-byoh-only' }],
  },
  {
    name: 'OpenShift SDN blocks and says it is an install-time choice',
    snapshot: () => ({ ...healthy(), network: { networkType: 'OpenShiftSDN' } }),
    readiness: 'blocked',
    expect: { 'network-not-ovn': 'blocked' },
    absent: ['hybrid-networking-ok'],
    says: ['network-not-ovn', { code: 'network-not-ovn', params: { networkType: 'OpenShiftSDN' } }],
  },
  {
    name: 'OVN without a hybrid overlay blocks, install-time only',
    snapshot: () => ({ ...healthy(), network: { networkType: 'OVNKubernetes' } }),
    readiness: 'blocked',
    expect: { 'hybrid-overlay-missing': 'blocked' },
    says: ['hybrid-overlay-missing', { code: 'hybrid-overlay-missing' }],
  },
  {
    name: 'an empty hybridClusterNetwork blocks',
    snapshot: () => ({
      ...healthy(),
      network: { networkType: 'OVNKubernetes', hybridOverlay: { clusterNetworks: [] } },
    }),
    readiness: 'blocked',
    expect: { 'hybrid-cluster-network-empty': 'blocked' },
  },
  {
    name: 'vSphere without a custom VXLAN port blocks',
    snapshot: () => ({ ...fresh(), platform: { type: 'VSphere', infrastructureName: 'x' } }),
    readiness: 'blocked',
    expect: { 'vsphere-vxlan-port-missing': 'blocked' },
  },
  {
    name: 'vSphere with a custom VXLAN port is fine',
    snapshot: () => ({
      ...healthy(),
      platform: { type: 'VSphere', infrastructureName: 'x' },
      network: {
        networkType: 'OVNKubernetes',
        hybridOverlay: { clusterNetworks: [{ cidr: '10.132.0.0/14' }], vxlanPort: 9898 },
      },
    }),
    readiness: 'ready',
    expect: { 'hybrid-networking-ok': 'ok' },
    absent: ['vsphere-vxlan-port-missing'],
    says: ['hybrid-networking-ok', { params: { port: 9898 } }],
  },
  {
    name: 'a custom VXLAN port with Windows Server 2019 nodes blocks and names them',
    snapshot: () => ({
      ...healthy(),
      network: {
        networkType: 'OVNKubernetes',
        hybridOverlay: { clusterNetworks: [{ cidr: '10.132.0.0/14' }], vxlanPort: 9898 },
      },
      nodes: [node('win-2019', { build: '10.0.17763', windowsServer: '2019' }), node('win-2022')],
    }),
    readiness: 'blocked',
    expect: { 'vxlan-port-with-2019': 'blocked' },
    says: ['vxlan-port-with-2019', { params: { affected: ['win-2019'] } }],
  },
  {
    name: 'a custom VXLAN port with a Windows Server 2019 MachineSet blocks',
    snapshot: () => ({
      ...healthy(),
      network: {
        networkType: 'OVNKubernetes',
        hybridOverlay: { clusterNetworks: [{ cidr: '10.132.0.0/14' }], vxlanPort: 9898 },
      },
      windowsMachineSets: [
        {
          name: 'win19',
          replicas: 1,
          readyReplicas: 0,
          availableReplicas: 0,
          windowsServer: '2019',
        },
      ],
    }),
    readiness: 'blocked',
    expect: { 'vxlan-port-with-2019': 'blocked' },
    says: ['vxlan-port-with-2019', { params: { affected: ['win19'] } }],
  },
  {
    name: 'a cluster-wide proxy blocks WMCO 7.x (the 4.12 guide)',
    snapshot: () => ({
      ...healthy(),
      clusterVersion: '4.12.40',
      proxyConfigured: true,
      wmco: {
        ...healthy().wmco,
        csv: { name: 'wmco.v7.2.1', version: '7.2.1', phase: 'Succeeded' },
      },
      nodes: [node('win-a', { wmcoVersion: '7.2.1-abc1234' })],
    }),
    readiness: 'blocked',
    expect: { 'cluster-proxy-unsupported': 'blocked' },
  },
  {
    name: 'a cluster-wide proxy is fine on WMCO 10.22',
    snapshot: () => ({ ...healthy(), proxyConfigured: true }),
    readiness: 'ready',
    expect: { 'cluster-proxy-supported': 'ok' },
  },
  {
    name: 'OpenShift 4.21 with WMCO 10.22 is outside its range',
    snapshot: () => ({ ...healthy(), clusterVersion: '4.21.9' }),
    readiness: 'blocked',
    expect: { 'cluster-version-unsupported': 'blocked' },
    says: ['cluster-version-unsupported', { params: { min: '4.22', max: '4.22' } }],
  },
  {
    name: 'OpenShift 4.18 with WMCO 10.18 is inside the 10.15–10.21 row',
    snapshot: () => ({
      ...healthy(),
      clusterVersion: '4.18.2',
      wmco: { ...healthy().wmco, csv: { name: 'w', version: '10.18.1', phase: 'Succeeded' } },
      nodes: [node('win-a', { wmcoVersion: '10.18.1-1234567' })],
    }),
    readiness: 'ready',
    expect: { 'wmco-installed': 'ok' },
    absent: ['cluster-version-unsupported'],
  },
  {
    name: 'a CSV still installing is a warning with its phase',
    snapshot: () => ({
      ...healthy(),
      wmco: {
        ...healthy().wmco,
        csv: {
          name: 'w',
          version: '10.22.0',
          phase: 'Installing',
          message: 'waiting for deployment',
        },
      },
    }),
    readiness: 'action-needed',
    expect: { 'wmco-installing': 'warning' },
    says: [
      'wmco-installing',
      { params: { phase: 'Installing', message: 'waiting for deployment' } },
    ],
  },
  {
    name: 'a Manual InstallPlan waiting for approval says so',
    snapshot: () => ({
      ...fresh(),
      wmco: {
        ...fresh().wmco,
        namespaceExists: true,
        subscription: {
          name: 'w',
          approval: 'Manual',
          pendingInstallPlan: 'install-abcde',
          logRotation: {},
        },
      },
      privateKey: { present: false },
    }),
    readiness: 'action-needed',
    expect: { 'wmco-install-plan-pending': 'warning', 'private-key-missing': 'warning' },
    says: ['wmco-install-plan-pending', { params: { installPlan: 'install-abcde' } }],
  },
  {
    name: 'a failed CSV blocks with its reason',
    snapshot: () => ({
      ...healthy(),
      wmco: {
        ...healthy().wmco,
        csv: {
          name: 'w',
          version: '10.22.0',
          phase: 'Failed',
          reason: 'InstallCheckFailed',
          message: 'install timeout',
        },
      },
    }),
    readiness: 'blocked',
    expect: { 'wmco-failed': 'blocked' },
    says: ['wmco-failed', { params: { reason: 'InstallCheckFailed', message: 'install timeout' } }],
  },
  {
    name: 'a missing private key is a warning linking to the key step',
    snapshot: () => ({
      ...healthy(),
      privateKey: { present: false },
      userDataSecretPresent: false,
    }),
    readiness: 'action-needed',
    expect: { 'private-key-missing': 'warning' },
    absent: ['user-data-missing'],
  },
  {
    name: 'an unparseable private key blocks',
    snapshot: () => ({ ...healthy(), privateKey: { present: true, problem: 'unparseable' } }),
    readiness: 'blocked',
    expect: { 'private-key-unparseable': 'blocked' },
  },
  {
    name: 'an encrypted private key blocks',
    snapshot: () => ({ ...healthy(), privateKey: { present: true, problem: 'encrypted' } }),
    readiness: 'blocked',
    expect: { 'private-key-encrypted': 'blocked' },
    says: ['private-key-encrypted', { code: 'private-key-encrypted' }],
  },
  {
    name: 'an RSA key below 2048 bits blocks and names its size',
    snapshot: () => ({
      ...healthy(),
      privateKey: { present: true, problem: 'weak-rsa', keyType: 'ssh-rsa', bits: 1024 },
    }),
    readiness: 'blocked',
    expect: { 'private-key-weak-rsa': 'blocked' },
    says: ['private-key-weak-rsa', { params: { bits: 1024 } }],
  },
  {
    name: 'windows-user-data missing while the key exists warns',
    snapshot: () => ({ ...healthy(), userDataSecretPresent: false }),
    readiness: 'action-needed',
    expect: { 'user-data-missing': 'warning', 'private-key-ok': 'ok' },
  },
  {
    name: 'a malformed windows-instances entry blocks all BYOH',
    snapshot: () => ({
      ...healthy(),
      byohEntries: [
        { address: '10.1.42.1', value: 'username=Administrator' },
        { address: 'win-host.example.com', value: 'Administrator' },
      ],
    }),
    readiness: 'blocked',
    expect: { 'byoh-malformed-entries': 'blocked' },
    says: [
      'byoh-malformed-entries',
      { params: { addresses: ['win-host.example.com'], issues: ['value-format'] } },
    ],
  },
  {
    name: 'an IPv6 windows-instances key is malformed',
    snapshot: () => ({
      ...healthy(),
      byohEntries: [{ address: 'fd00::10', value: 'username=Administrator' }],
    }),
    readiness: 'blocked',
    expect: { 'byoh-malformed-entries': 'blocked' },
    says: ['byoh-malformed-entries', { params: { issues: ['ipv6'] } }],
  },
  {
    name: 'well-formed windows-instances entries raise nothing',
    snapshot: () => ({
      ...healthy(),
      byohEntries: [
        { address: '10.1.42.1', value: 'username=Administrator' },
        { address: 'win-host.example.com', value: 'username=core' },
      ],
      byohResolution: new Map([['win-host.example.com', ['10.1.42.2']]]),
    }),
    readiness: 'ready',
    expect: {},
    absent: ['byoh-malformed-entries'],
  },
  {
    name: 'a NotReady Windows node warns and names it',
    snapshot: () => ({ ...healthy(), nodes: [node('win-a'), node('win-down', { ready: false })] }),
    readiness: 'action-needed',
    expect: { 'nodes-not-ready': 'warning' },
    absent: ['nodes-ready'],
    says: ['nodes-not-ready', { params: { nodes: ['win-down'] } }],
  },
  {
    name: 'a node on an older WMCO version warns',
    snapshot: () => ({
      ...healthy(),
      nodes: [node('win-a'), node('win-old', { wmcoVersion: '10.21.1-0a0b0c0' })],
    }),
    readiness: 'action-needed',
    expect: { 'nodes-older-wmco': 'warning' },
    says: ['nodes-older-wmco', { params: { nodes: ['win-old'] } }],
  },
  {
    name: 'Upgradeable=False says WMCO is busy',
    snapshot: () => ({
      ...healthy(),
      wmco: {
        ...healthy().wmco,
        upgradeable: { status: 'False', reason: 'upgradeIsNotSafe', message: 'configuring win-a' },
      },
    }),
    readiness: 'action-needed',
    expect: { 'wmco-not-upgradeable': 'warning' },
    says: ['wmco-not-upgradeable', { params: { reason: 'upgradeIsNotSafe' } }],
  },
  {
    name: 'Windows Server 2019 on AWS with WMCO 8.0.0 is unsupported',
    snapshot: () => ({
      ...healthy(),
      clusterVersion: '4.13.1',
      wmco: { ...healthy().wmco, csv: { name: 'w', version: '8.0.0', phase: 'Succeeded' } },
      nodes: [
        node('win-2019', {
          build: '10.0.17763',
          windowsServer: '2019',
          wmcoVersion: '8.0.0-1a2b3c4',
        }),
      ],
    }),
    readiness: 'action-needed',
    expect: { 'nodes-unsupported-windows': 'warning' },
  },
  {
    name: 'a WMCO version newer than the matrix is judged by the newest row, with a warning',
    snapshot: () => ({
      ...fresh(),
      clusterVersion: '5.1.0',
      wmco: { ...fresh().wmco, catalogVersion: '11.1.0' },
    }),
    readiness: 'action-needed',
    expect: { 'wmco-version-newer-than-known': 'warning' },
  },
  {
    name: 'no catalog package and no WMCO: the version is unknown',
    snapshot: () => ({ ...fresh(), wmco: { ...fresh().wmco, catalogVersion: undefined } }),
    readiness: 'action-needed',
    expect: { 'wmco-version-unknown': 'warning' },
    absent: ['platform-supported'],
  },
  {
    name: 'what the caller may not read becomes a permission finding, not a failure',
    snapshot: () => ({
      ...fresh(),
      unreadable: ['nodes', 'infrastructures.config.openshift.io'],
      platform: undefined,
      nodes: [],
    }),
    readiness: 'action-needed',
    expect: {
      'cannot-read-nodes': 'warning',
      'cannot-read-infrastructures.config.openshift.io': 'warning',
    },
    absent: ['wmco-version-unknown'],
  },
];

for (const c of cases) {
  test(c.name, () => {
    const overview = deriveOverview(c.snapshot());
    const severities = Object.fromEntries(
      overview.findings.map((finding) => [finding.id, finding.severity]),
    );
    assert.equal(
      overview.readiness,
      c.readiness,
      `readiness; findings: ${JSON.stringify(severities)}`,
    );
    for (const [id, severity] of Object.entries(c.expect)) {
      assert.equal(severities[id], severity, `${id}; findings: ${JSON.stringify(severities)}`);
    }
    for (const id of c.absent ?? []) assert.ok(!(id in severities), `${id} should not be raised`);
    if (c.says) {
      const [id, { code, params = {} }] = c.says;
      const finding = overview.findings.find((candidate) => candidate.id === id);
      assert.ok(finding, `${id} is raised`);
      if (code) assert.equal(finding.code, code);
      for (const [name, expected] of Object.entries(params)) {
        const actual: unknown = (finding.params as Record<string, unknown>)[name];
        if (Array.isArray(expected)) {
          for (const item of expected) assert.ok((actual as unknown[]).includes(item), name);
        } else assert.equal(actual, expected, name);
      }
    }
    for (const finding of overview.findings) {
      assert.ok(
        Check(findingCatalogue[finding.code], finding.params),
        `${finding.id} carries the params its code ${finding.code} names`,
      );
    }
  });
}

test('findings are ordered blocked, then warning, then ok', () => {
  const overview = deriveOverview({
    ...healthy(),
    privateKey: { present: true, problem: 'encrypted' },
    nodes: [node('x', { ready: false })],
  });
  const order = overview.findings.map((finding) => finding.severity);
  assert.deepEqual(
    order,
    [...order].sort(
      (a, b) => ['blocked', 'warning', 'ok'].indexOf(a) - ['blocked', 'warning', 'ok'].indexOf(b),
    ),
  );
});

test('counts split nodes by source and count malformed entries', () => {
  const overview = deriveOverview({
    ...healthy(),
    nodes: [
      node('m1'),
      node('b1', { source: 'BYOH' }),
      node('b2', { source: 'BYOH', ready: false }),
    ],
    byohEntries: [
      { address: '10.0.0.1', value: 'username=a' },
      { address: 'bad..name', value: 'username=a' },
    ],
  });
  assert.deepEqual(overview.counts, {
    windowsNodes: 3,
    readyNodes: 2,
    machineSetNodes: 1,
    byohNodes: 2,
    windowsMachineSets: 1,
    byohEntries: 2,
    malformedByohEntries: 1,
  });
});

function withWmco(
  version: string,
  clusterVersion: string,
  extra: Partial<ClusterSnapshot['wmco']> = {},
) {
  const base = healthy();
  return {
    ...base,
    clusterVersion,
    wmco: { ...base.wmco, csv: { name: 'w', version, phase: 'Succeeded' }, ...extra },
    nodes: [],
  };
}

const findingIds = (snapshot: ClusterSnapshot) =>
  deriveOverview(snapshot).findings.map((f) => f.id);
const severityOf = (snapshot: ClusterSnapshot, id: string) =>
  deriveOverview(snapshot).findings.find((f) => f.id === id)?.severity;
const paramsOf = (snapshot: ClusterSnapshot, id: string): Record<string, unknown> =>
  deriveOverview(snapshot).findings.find((f) => f.id === id)?.params ?? {};

test('guide §2.4: WMCO 7.0.1 → 7.1.0 needs the cluster at 4.12.3 first', () => {
  const updating = {
    subscription: {
      name: 's',
      currentCSV: 'windows-machine-config-operator.v7.1.0',
      logRotation: {},
    },
  };
  assert.equal(
    severityOf(withWmco('7.0.1', '4.12.2', updating), 'wmco-7-1-needs-cluster-4-12-3'),
    'blocked',
  );
  assert.equal(severityOf(withWmco('7.0.1', '4.12.2'), 'wmco-7-1-needs-cluster-4-12-3'), 'warning');
  assert.ok(
    !findingIds(withWmco('7.0.1', '4.12.3', updating)).includes('wmco-7-1-needs-cluster-4-12-3'),
  );
  assert.ok(!findingIds(withWmco('7.1.0', '4.12.2')).includes('wmco-7-1-needs-cluster-4-12-3'));
});

test('guide §2.6.3: WMCO 7.0.0 in a custom namespace blocks and advises Manual approval', () => {
  const custom = (version: string) =>
    withWmco(version, '4.12.40', {
      namespace: 'windows-ops',
      subscription: { name: 's', approval: 'Automatic', logRotation: {} },
    });
  assert.equal(severityOf(custom('7.0.0'), 'wmco-7-0-0-custom-namespace'), 'blocked');
  assert.equal(paramsOf(custom('7.0.0'), 'wmco-7-0-0-custom-namespace').approval, 'Automatic');
  assert.ok(!findingIds(custom('7.0.1')).includes('wmco-7-0-0-custom-namespace'));
  assert.ok(!findingIds(withWmco('7.0.0', '4.12.40')).includes('wmco-7-0-0-custom-namespace'));
});

test('unsupported features: HPA is listed before 10.18 and not from it; in-tree storage before 9.0', () => {
  const features = (snapshot: ClusterSnapshot) =>
    paramsOf(snapshot, 'windows-unsupported-features').features as string[];
  assert.ok(features(withWmco('10.17.1', '4.17.3')).includes('hpa'));
  assert.ok(!features(withWmco('10.18.0', '4.18.3')).includes('hpa'));
  assert.ok(features(withWmco('8.1.0', '4.13.3')).includes('in-tree-storage-only'));
  assert.ok(!features(withWmco('9.0.0', '4.14.3')).includes('in-tree-storage-only'));
});

test('a refused platform is never listed among the supported ones', () => {
  const snapshot = {
    ...withWmco('7.2.1', '4.12.40'),
    platform: { type: 'Nutanix', infrastructureName: 'x' },
  };
  const params = paramsOf(snapshot, 'platform-unsupported');
  assert.equal(params.platform, 'Nutanix');
  const platforms = params.platforms as string[];
  assert.ok(platforms.length > 0);
  assert.ok(!platforms.includes('Nutanix'));
});

test('WMCO 11.0 on OpenShift 5.0 with Windows Server 2025 is supported; on 4.22 it is not', () => {
  const ws2025 = node('win-25', {
    build: '10.0.26100',
    windowsServer: '2025',
    wmcoVersion: '11.0.0-1',
  });
  const on5 = { ...withWmco('11.0.0', '5.0.1'), nodes: [ws2025] };
  assert.ok(!findingIds(on5).includes('cluster-version-unsupported'));
  assert.ok(!findingIds(on5).includes('nodes-unsupported-windows'));
  assert.equal(
    severityOf({ ...on5, clusterVersion: '4.22.3' }, 'cluster-version-unsupported'),
    'blocked',
  );
  const ws2025On1021 = {
    ...withWmco('10.21.0', '4.21.1'),
    nodes: [{ ...ws2025, wmcoVersion: '10.21.0-1' }],
  };
  assert.equal(severityOf(ws2025On1021, 'nodes-unsupported-windows'), 'warning');
});

test('WMCO 10.22+: service logs grow without bound until the Subscription sets a size', () => {
  const rotation = (logRotation: Record<string, string>): ClusterSnapshot => {
    const snapshot = healthy();
    const subscription = snapshot.wmco.subscription;
    assert.ok(subscription);
    return {
      ...snapshot,
      wmco: { ...snapshot.wmco, subscription: { ...subscription, logRotation } },
    };
  };
  assert.equal(severityOf(rotation({}), 'service-logs-unbounded'), 'warning');
  assert.deepEqual(paramsOf(rotation({}), 'service-logs-unbounded'), {
    wmco: '10.22.0',
    subscription: 'windows-machine-config-operator',
  });
  assert.equal(severityOf(rotation({ fileAge: '168h' }), 'service-logs-unbounded'), 'warning');
  assert.equal(severityOf(rotation({ fileSize: '0' }), 'service-logs-unbounded'), 'warning');
  assert.ok(!findingIds(rotation({ fileSize: '100M' })).includes('service-logs-unbounded'));
});

test('a WMCO before 10.22 reads no log rotation, so the overview asks for none', () => {
  const older = withWmco('10.21.1', '4.21.0', {
    subscription: { name: 's', logRotation: {} },
  });
  assert.ok(!findingIds(older).includes('service-logs-unbounded'));
});
