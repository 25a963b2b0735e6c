// Join timelines and known causes read from the real API server as the caller, one cluster per
// known-cause scenario, BYOH addresses' PTR records asked of a real DNS server (dnsmasq) that has
// a PTR record for one host and none for the other.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  startLocalCluster,
  type LocalCluster,
} from '../../integration-tests/cluster/local-cluster';
import { knownCauseTruth } from '../../integration-tests/cluster/scenarios/diagnostics-known-causes';
import {
  dnsServerAddress,
  startDnsServer,
  type DnsServer,
} from '../../integration-tests/ssh-peers/dns-server';
import {
  diagnoseWindowsJoins,
  type JoinDiagnosis,
} from '../src/cluster/diagnostics/join-diagnosis';
import { userKubeConfig } from '../src/cluster/api/user-kube-config';
import { ClusterReader } from '../src/cluster/reader/cluster-reader';
import { kindKey, kinds } from '../src/cluster/kinds';
import { hostResolver } from '../src/ssh/host-resolver';
import type { KnownCauseCode } from '../src/domain/diagnostics/known-cause-facts';

let dns: DnsServer;

before(async () => {
  dns = await startDnsServer(await dnsServerAddress(), 'example.com', [
    { name: 'win-byoh-02', ip: knownCauseTruth.rotatedKey.address, ptr: true },
  ]);
});

after(async () => {
  await dns.stop();
});

async function diagnose(cluster: LocalCluster, user: 'admin' | 'limited' = 'admin') {
  const kubeConfig = userKubeConfig(
    { server: cluster.server, caPem: cluster.caData },
    cluster.tokens[user],
  );
  const resolver = hostResolver({ servers: [dns.server], timeoutMs: 2000 });
  return diagnoseWindowsJoins(new ClusterReader(kubeConfig), {
    now: Date.now(),
    ptr: (address) => resolver.ptrRecords(address),
  });
}

function subjectOf(diagnosis: JoinDiagnosis): string {
  return diagnosis.subject.kind === 'Machine' ? diagnosis.subject.name : diagnosis.subject.address;
}

function causesOf(diagnosis: JoinDiagnosis | undefined): KnownCauseCode[] {
  return diagnosis?.verdict.code === 'known-causes'
    ? diagnosis.verdict.causes.map((cause) => cause.code)
    : [];
}

/** Scenario, the stuck subject (Machine name, BYOH address or node name), the causes it must show. */
const cases: [string, string, KnownCauseCode[]][] = [
  ['byoh-csr-pending-no-ptr', knownCauseTruth.byohNoPtr.address, ['byoh-address-without-ptr']],
  ['diagnostics-vxlan-2019', knownCauseTruth.vxlan2019.node, ['custom-vxlan-port-on-2019']],
  ['diagnostics-class-e-network', knownCauseTruth.classE.node, ['cluster-network-class-e']],
  ['diagnostics-two-adapters', knownCauseTruth.twoAdapters.node, ['two-network-adapters']],
  ['diagnostics-old-build', knownCauseTruth.oldBuild.node, ['windows-build-below-matrix']],
  ['diagnostics-host-key-mismatch', knownCauseTruth.hostKeyMismatch.machine, ['host-key-mismatch']],
  [
    'diagnostics-rotated-key-byoh',
    knownCauseTruth.rotatedKey.address,
    ['private-key-not-on-instance'],
  ],
  [
    'diagnostics-user-data-missing',
    knownCauseTruth.userDataMissing.machine,
    ['user-data-secret-missing'],
  ],
  ['diagnostics-old-ec2launch', knownCauseTruth.oldEc2Launch.machine, []],
  ['diagnostics-csr-pending', knownCauseTruth.csrPending.machine, []],
];

for (const [scenario, subject, expected] of cases) {
  describe(scenario, () => {
    let cluster: LocalCluster;
    before(async () => {
      cluster = await startLocalCluster({ scenario });
    });
    after(async () => {
      await cluster.stop();
    });

    test(`the stuck subject shows ${expected.join(', ') || 'no cause the cluster alone reveals'}, the healthy node none`, async () => {
      const { diagnoses } = await diagnose(cluster);
      const stuck = diagnoses.find((d) => subjectOf(d) === subject || d.node === subject);
      assert.ok(stuck, `${subject} among ${diagnoses.map(subjectOf).join(', ')}`);
      assert.notEqual(stuck.verdict.code, 'joined');
      assert.deepEqual(causesOf(stuck), expected);
      const healthy = diagnoses.find((d) => d.node === 'ip-10-0-131-17.ec2.internal');
      assert.equal(healthy?.verdict.code, 'joined');
      assert.equal(healthy?.timeline.joined, true);
    });

    if (scenario === 'byoh-csr-pending-no-ptr') {
      test('the BYOH entry waits at the CSR step with its pending CSR, listed and configured before it', async () => {
        const { diagnoses } = await diagnose(cluster);
        const byoh = diagnoses.find((d) => subjectOf(d) === knownCauseTruth.byohNoPtr.address);
        assert.deepEqual(
          byoh?.timeline.steps.map((step) => `${step.step}:${step.status}`),
          [
            'listed:done',
            'ssh:done',
            'configured:done',
            'csrs:waiting',
            'node:pending',
            'ready:pending',
          ],
        );
        assert.deepEqual(byoh?.timeline.steps[3]?.detail, {
          code: 'csrs-pending',
          params: { csrs: knownCauseTruth.byohNoPtr.csr },
        });
      });

      test('a user who may read nothing gets no timelines and is told what could not be read', async () => {
        const { diagnoses, objects } = await diagnose(cluster, 'limited');
        assert.deepEqual(diagnoses, []);
        assert.ok(
          objects.unreadable.includes(kindKey(kinds.node)) &&
            objects.unreadable.includes(kindKey(kinds.certificateSigningRequest)),
        );
      });
    }
  });
}
