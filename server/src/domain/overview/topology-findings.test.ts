import assert from 'node:assert/strict';
import { bareSnapshot } from './bare-snapshot';
import test from 'node:test';
import type { Finding } from '../../../contract/findings';
import { wmcoRulesFor } from '../support/support-matrix';
import type { ClusterSnapshot, TopologyFacts } from './cluster-snapshot';
import { deriveOverview } from './derive-overview';
import {
  byohPrerequisiteFindings,
  disconnectedFindings,
  machineNetworkFindings,
  userProvisionedFindings,
} from './topology-findings';

/** Only what the topology rules read: an installer-provisioned, connected AWS cluster. */
function cluster(
  topology: Partial<TopologyFacts> = {},
  rest: Partial<ClusterSnapshot> = {},
): ClusterSnapshot {
  return bareSnapshot({
    platform: { type: 'AWS', infrastructureName: 'winlab-7xk2p', region: 'us-east-1' },
    topology: {
      machineApiCapability: true,
      machineApiObjects: 6,
      machineNetworks: { state: 'read', cidrs: ['10.0.0.0/16', 'fd00:10::/64'] },
      mirrorSets: 0,
      defaultSourcesDisabled: false,
      apiServerInternalHost: 'api-int.winlab.example.com',
      ...topology,
    },
    ...rest,
  });
}

const withEntries = (keys: string[], topology: Partial<TopologyFacts> = {}) =>
  cluster(topology, {
    byohEntries: keys.map((address) => ({ address, value: 'username=Administrator' })),
    byohResolution: new Map([
      ['win-in.example.com', ['10.0.3.4']],
      ['win-out.example.com', ['172.16.0.9']],
    ]),
  });

function only(findings: Finding[]): Finding | undefined {
  assert.ok(findings.length <= 1, JSON.stringify(findings));
  return findings[0];
}

const userProvisioned: [string, ClusterSnapshot, Finding['severity'] | undefined][] = [
  ['installer-provisioned AWS: nothing', cluster(), undefined],
  ['AWS with the MachineAPI capability disabled', cluster({ machineApiCapability: false }), 'ok'],
  [
    'AWS without MachineSets or Machines (the UPI install docs delete them)',
    cluster({ machineApiCapability: undefined, machineApiObjects: 0 }),
    'ok',
  ],
  [
    'user-provisioned vSphere with a Windows MachineSet that cannot work',
    cluster(
      { machineApiObjects: 0 },
      {
        platform: { type: 'VSphere', infrastructureName: 'winlab-7xk2p' },
        windowsMachineSets: [
          { name: 'winlab-windows', replicas: 1, readyReplicas: 0, availableReplicas: 0 },
        ],
      },
    ),
    'warning',
  ],
  [
    'Machine API objects unreadable: not concluded',
    cluster({ machineApiCapability: undefined, machineApiObjects: undefined }),
    undefined,
  ],
  [
    'platform None is BYOH anyway, not a cloud without the Machine API',
    cluster({ machineApiObjects: 0 }, { platform: { type: 'None', infrastructureName: 'x' } }),
    undefined,
  ],
];

for (const [name, snapshot, severity] of userProvisioned) {
  test(`user-provisioned: ${name}`, () => {
    const finding = only(userProvisionedFindings(snapshot));
    assert.equal(finding?.severity, severity);
    if (finding)
      assert.deepEqual(finding.fix, { action: 'add-byoh-instances', route: '/windows/byoh' });
  });
}

test('user-provisioned: the platform finding offers BYOH, never MachineSets', () => {
  const platformOf = (topology: Partial<TopologyFacts>) =>
    deriveOverview(
      cluster(topology, {
        clusterVersion: '4.22.1',
        wmco: {
          namespace: 'openshift-windows-machine-config-operator',
          namespaceExists: false,
          catalogVersion: '10.22.0',
        },
      }),
    ).findings.find((finding) => finding.id === 'platform-supported');
  const upi = platformOf({ machineApiObjects: 0 });
  assert.equal(upi?.code, 'platform-byoh-only');
  assert.equal(upi?.fix?.route, '/windows/byoh');
  const ipi = platformOf({});
  assert.equal(ipi?.code, 'platform-supported');
  assert.equal(ipi?.fix?.route, '/windows/machinesets');
});

const rules10_22 = wmcoRulesFor('10.22.0');
const rules10_15 = wmcoRulesFor('10.15.3');

const disconnected: [
  string,
  Partial<TopologyFacts>,
  typeof rules10_22,
  Finding['code'] | undefined,
][] = [
  ['no mirror sets and default sources on: connected', {}, rules10_22, undefined],
  ['mirror sets unreadable: not concluded', { mirrorSets: undefined }, rules10_22, undefined],
  [
    'an ImageDigestMirrorSet with WMCO 10.22',
    { mirrorSets: 1 },
    rules10_22,
    'cluster-disconnected',
  ],
  [
    'default sources off with WMCO 10.22',
    { defaultSourcesDisabled: true },
    rules10_22,
    'cluster-disconnected',
  ],
  [
    'mirror sets with WMCO 10.15, before disconnected support',
    { mirrorSets: 2 },
    rules10_15,
    'cluster-disconnected-unsupported',
  ],
  [
    'mirror sets before any WMCO version is known',
    { mirrorSets: 2 },
    undefined,
    'cluster-disconnected',
  ],
];

for (const [name, topology, rules, code] of disconnected) {
  test(`disconnected: ${name}`, () => {
    const finding = only(disconnectedFindings(cluster(topology), rules));
    assert.equal(finding?.code, code);
    if (finding) {
      assert.equal(finding.severity, code === 'cluster-disconnected' ? 'ok' : 'blocked');
    }
  });
}

const network: [string, ClusterSnapshot, Finding['code'] | undefined, string[]][] = [
  ['no BYOH entries: nothing to check', cluster(), undefined, []],
  ['an IPv4 entry inside the machine network', withEntries(['10.0.7.1']), undefined, []],
  [
    'an IPv4 entry outside',
    withEntries(['10.9.7.1', '10.0.7.1']),
    'byoh-outside-machine-network',
    ['10.9.7.1'],
  ],
  ['a name that resolves inside', withEntries(['win-in.example.com']), undefined, []],
  [
    'a name that resolves outside',
    withEntries(['win-out.example.com']),
    'byoh-outside-machine-network',
    ['win-out.example.com'],
  ],
  ['an IPv6 entry inside a dual-stack machine network', withEntries(['fd00:10::7']), undefined, []],
  [
    'an IPv6 entry outside',
    withEntries(['fd00:99::7']),
    'byoh-outside-machine-network',
    ['fd00:99::7'],
  ],
  [
    'an unresolved name is left to the entry judgement',
    withEntries(['win-gone.example.com']),
    undefined,
    [],
  ],
  [
    'install-config unreadable: said so, never guessed',
    withEntries(['10.9.7.1'], { machineNetworks: { state: 'unreadable' } }),
    'byoh-machine-network-unknown',
    [],
  ],
  [
    'install-config without a machine network',
    withEntries(['10.0.7.1'], { machineNetworks: { state: 'absent' } }),
    'byoh-machine-network-unknown',
    [],
  ],
];

for (const [name, snapshot, code, addresses] of network) {
  test(`machine network: ${name}`, () => {
    const finding = only(machineNetworkFindings(snapshot));
    assert.equal(finding?.code, code);
    if (finding?.code === 'byoh-outside-machine-network') {
      assert.equal(finding.severity, 'warning');
      assert.deepEqual(finding.params.addresses, addresses);
      assert.deepEqual(finding.params.cidrs, ['10.0.0.0/16', 'fd00:10::/64']);
    }
    if (finding?.code === 'byoh-machine-network-unknown') {
      assert.equal(finding.params.configMap, 'kube-system/cluster-config-v1');
    }
  });
}

test('BYOH prerequisites: the AWS tag with the infrastructure name, only where BYOH is used', () => {
  assert.equal(only(byohPrerequisiteFindings(cluster())), undefined);
  const aws = only(byohPrerequisiteFindings(withEntries(['10.0.7.1'])));
  assert.deepEqual(aws?.params, {
    awsTag: 'kubernetes.io/cluster/winlab-7xk2p',
    apiInt: undefined,
  });
  const upi = only(byohPrerequisiteFindings(cluster({ machineApiObjects: 0 })));
  assert.equal(upi?.code, 'byoh-prerequisites');
});

test('BYOH prerequisites: vSphere names api-int; bare metal names neither', () => {
  const vsphere = cluster(
    {},
    { platform: { type: 'VSphere', infrastructureName: 'winlab-7xk2p' } },
  );
  const onVsphere = only(
    byohPrerequisiteFindings({
      ...vsphere,
      byohEntries: [{ address: '10.0.7.1', value: 'username=a' }],
    }),
  );
  assert.deepEqual(onVsphere?.params, { awsTag: undefined, apiInt: 'api-int.winlab.example.com' });
  const bare = only(
    byohPrerequisiteFindings(
      cluster({}, { platform: { type: 'BareMetal', infrastructureName: 'b' } }),
    ),
  );
  assert.deepEqual(bare?.params, { awsTag: undefined, apiInt: undefined });
});
