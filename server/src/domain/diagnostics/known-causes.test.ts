import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { JoinFacts, NodeFacts } from './join-facts';
import { deriveJoinTimeline } from './join-timeline';
import type { ClusterCauseFacts, KnownCauseCode, SubjectCauseFacts } from './known-cause-facts';
import { diagnoseJoin } from './known-causes';

const minute = 60_000;
const t0 = Date.UTC(2025, 7, 12, 10, 0, 0);
const now = t0 + 30 * minute;
const keyHash = 'a'.repeat(64);

const cluster: ClusterCauseFacts = {
  platform: 'AWS',
  clusterNetworkCidrs: ['10.128.0.0/14', '10.132.0.0/14'],
  userDataSecretPresent: true,
  currentKeyHash: keyHash,
};

const baseNode: NodeFacts = {
  name: 'ip-10-0-131-17.ec2.internal',
  createdAt: t0 + 5 * minute,
  ready: false,
  internalIPs: ['10.0.131.17'],
  build: '10.0.20348',
  kernelVersion: '10.0.20348.2340',
  pubKeyHash: keyHash,
};

/** A Machine whose node registered 25 minutes ago and never became Ready. */
function stuckMachine(
  join: Partial<JoinFacts> = {},
  extra: Partial<SubjectCauseFacts> = {},
): SubjectCauseFacts {
  const facts: JoinFacts = {
    subject: { kind: 'Machine', name: 'win-a', createdAt: t0, phase: 'Running' },
    events: [],
    csrs: [],
    node: baseNode,
    ...join,
  };
  return { join: facts, timeline: deriveJoinTimeline(facts, now), ...extra };
}

/** A BYOH entry whose kubelet asked for certificates 20 minutes ago. */
function stuckByoh(
  extra: Partial<SubjectCauseFacts> = {},
  join: Partial<JoinFacts> = {},
): SubjectCauseFacts {
  const facts: JoinFacts = {
    subject: { kind: 'BYOH', address: '10.1.42.21' },
    events: [],
    csrs: [{ name: 'csr-b', createdAt: t0 + 10 * minute, issued: false }],
    ...join,
  };
  return { join: facts, timeline: deriveJoinTimeline(facts, now), ...extra };
}

const node2019 = {
  ...baseNode,
  build: '10.0.17763',
  kernelVersion: '10.0.17763.6893',
};

// Each rule: a case where it fires, and at least one where it must not.
const cases: [string, SubjectCauseFacts, ClusterCauseFacts, KnownCauseCode[]][] = [
  ['nothing known', stuckMachine(), cluster, []],
  [
    'BYOH address without a PTR record, CSRs pending',
    stuckByoh({ ptrNames: [] }),
    cluster,
    ['byoh-address-without-ptr', 'csrs-not-approved'],
  ],
  [
    'BYOH address with a PTR record',
    stuckByoh({ ptrNames: ['win-byoh-21.example.com'] }),
    cluster,
    ['csrs-not-approved'],
  ],
  ['BYOH address not looked up', stuckByoh(), cluster, ['csrs-not-approved']],
  [
    'BYOH DNS name (no PTR to look up)',
    stuckByoh({ ptrNames: [] }, { subject: { kind: 'BYOH', address: 'win.example.com' } }),
    cluster,
    ['csrs-not-approved'],
  ],
  [
    'custom VXLAN port, 2019 node',
    stuckMachine({ node: node2019 }),
    { ...cluster, vxlanPort: 9898 },
    ['custom-vxlan-port-on-2019'],
  ],
  ['custom VXLAN port, 2022 node', stuckMachine(), { ...cluster, vxlanPort: 9898 }, []],
  [
    'default VXLAN port, 2019 node',
    stuckMachine({ node: node2019 }),
    { ...cluster, vxlanPort: 4789 },
    [],
  ],
  [
    'class E cluster network',
    stuckMachine(),
    { ...cluster, clusterNetworkCidrs: ['240.0.0.0/14'] },
    ['cluster-network-class-e'],
  ],
  [
    'just below class E',
    stuckMachine(),
    { ...cluster, clusterNetworkCidrs: ['239.255.0.0/16', '10.128.0.0/14'] },
    [],
  ],
  [
    'two network adapters on the node',
    stuckMachine({
      node: { ...baseNode, internalIPs: ['10.0.131.17', '10.0.200.4'] },
    }),
    cluster,
    ['two-network-adapters'],
  ],
  [
    'two adapters found over SSH',
    stuckByoh({ ptrNames: ['h'], host: { networkAdapters: 2 } }),
    cluster,
    ['two-network-adapters', 'csrs-not-approved'],
  ],
  [
    'one adapter',
    stuckByoh({ ptrNames: ['h'], host: { networkAdapters: 1 } }),
    cluster,
    ['csrs-not-approved'],
  ],
  [
    'old EC2Launch on AWS',
    stuckMachine({}, { host: { ec2LaunchVersion: '2.0.1643' } }),
    cluster,
    ['old-ec2launch'],
  ],
  [
    'EC2Launch at the minimum',
    stuckMachine({}, { host: { ec2LaunchVersion: '2.0.2107' } }),
    cluster,
    [],
  ],
  [
    'old EC2Launch, not AWS',
    stuckMachine({}, { host: { ec2LaunchVersion: '2.0.1643' } }),
    { ...cluster, platform: 'VSphere' },
    [],
  ],
  [
    '2022 without KB5012637',
    stuckMachine({ node: { ...baseNode, kernelVersion: '10.0.20348.680' } }),
    cluster,
    ['windows-build-below-matrix'],
  ],
  [
    '2022 with KB5012637 exactly',
    stuckMachine({ node: { ...baseNode, kernelVersion: '10.0.20348.681' } }),
    cluster,
    [],
  ],
  [
    'an unsupported build',
    stuckMachine({
      node: { ...baseNode, build: '10.0.14393', kernelVersion: '10.0.14393.7' },
    }),
    cluster,
    ['windows-build-below-matrix'],
  ],
  [
    'host key mismatch in WMCO event',
    stuckMachine({
      node: undefined,
      events: [
        {
          reason: 'MachineSetupFailure',
          message: 'unable to connect: ssh: handshake failed: knownhosts: key mismatch',
          at: t0 + 4 * minute,
        },
      ],
    }),
    cluster,
    ['host-key-mismatch'],
  ],
  [
    'host key mismatch found by a check',
    stuckByoh({ ptrNames: ['h'], host: { hostKeyMismatch: true } }),
    cluster,
    ['host-key-mismatch', 'csrs-not-approved'],
  ],
  [
    'key rotated, BYOH host not updated',
    stuckByoh({ ptrNames: ['h'] }, { csrs: [], node: { ...baseNode, pubKeyHash: 'b'.repeat(64) } }),
    cluster,
    ['private-key-not-on-instance'],
  ],
  [
    'SSH authentication refused',
    stuckMachine({
      node: undefined,
      events: [
        {
          reason: 'MachineSetupFailure',
          message: 'ssh: unable to authenticate, attempted methods [none publickey]',
          at: t0 + 4 * minute,
        },
      ],
    }),
    cluster,
    ['private-key-not-on-instance'],
  ],
  [
    'same key hash',
    stuckByoh({ ptrNames: ['h'] }, { csrs: [], node: stuckMachine().join.node }),
    cluster,
    [],
  ],
  [
    'windows-user-data missing, Machine',
    stuckMachine(),
    { ...cluster, userDataSecretPresent: false },
    ['user-data-secret-missing'],
  ],
  [
    'windows-user-data missing, BYOH',
    stuckByoh({ ptrNames: ['h'] }),
    { ...cluster, userDataSecretPresent: false },
    ['csrs-not-approved'],
  ],
  [
    'a CSR pending 2 minutes on an entry listed 30 minutes ago',
    stuckByoh(
      { ptrNames: ['h'] },
      {
        subject: { kind: 'BYOH', address: '10.1.42.21', listedAt: t0 },
        csrs: [{ name: 'csr-new', createdAt: now - 2 * minute, issued: false }],
      },
    ),
    cluster,
    [],
  ],
];

test('known causes of a stuck join: each fires where it applies and nowhere else', () => {
  for (const [name, subject, clusterFacts, expected] of cases) {
    const verdict = diagnoseJoin(subject, clusterFacts, now);
    assert.notEqual(verdict.code, 'joined', name);
    const codes = verdict.code === 'known-causes' ? verdict.causes.map((cause) => cause.code) : [];
    assert.deepEqual(codes, expected, name);
    if (expected.length === 0) assert.equal(verdict.code, 'no-known-cause', name);
  }
});

test('every cause names its fix and where the guide or WMCO documents it', () => {
  const verdict = diagnoseJoin(stuckByoh({ ptrNames: [] }), cluster, now);
  assert.ok(verdict.code === 'known-causes');
  assert.deepEqual(verdict.causes[0], {
    code: 'byoh-address-without-ptr',
    params: { address: '10.1.42.21' },
    fix: { code: 'add-ptr-record', params: { address: '10.1.42.21' } },
    guideSection: '8.1',
    wmcoDoc: 'docs/byoh-instance-pre-requisites.md',
  });
  assert.deepEqual(verdict.params, { step: 'csrs', stuck: true });
});

test('a cause is named as soon as it applies; the verdict says whether the join counts as stuck yet', () => {
  const fresh = stuckByoh(
    { ptrNames: [] },
    { csrs: [{ name: 'c', createdAt: now - minute, issued: false }] },
  );
  const verdict = diagnoseJoin(fresh, cluster, now);
  assert.ok(verdict.code === 'known-causes');
  assert.deepEqual(
    verdict.causes.map((cause) => cause.code),
    ['byoh-address-without-ptr'],
  );
  assert.deepEqual(verdict.params, { step: 'csrs', stuck: false });
  const joined = stuckMachine({
    node: { ...baseNode, ready: true, readySince: t0 + 8 * minute },
  });
  assert.deepEqual(
    diagnoseJoin(joined, { ...cluster, clusterNetworkCidrs: ['240.0.0.0/4'] }, now),
    { code: 'joined' },
  );
});
