// The overview judges how the cluster was installed and where it pulls images from, read with the
// caller's token from a real API server: a user-provisioned vSphere cluster (the MachineAPI capability
// off), disconnected (a mirror set, OperatorHub's default sources off), with one BYOH entry outside the
// machine network of install-config.
//   node --import tsx --test --test-reporter=spec server/test/overview-topology.itest.ts
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../contract/findings';
import type { OverviewResponse } from '../contract/overview';
import { resources } from '../../integration-tests/cluster/resources';
import { startBffOnCluster, type BffOnCluster } from './bff-on-cluster';

const wmcoNamespace = 'openshift-windows-machine-config-operator';
const topologyIds = [
  'cluster-user-provisioned',
  'cluster-disconnected',
  'byoh-outside-machine-network',
  'byoh-machine-network-unknown',
  'byoh-prerequisites',
];

let bff: BffOnCluster;

before(async () => {
  bff = await startBffOnCluster('vsphere-wmco-installed');
});

after(() => bff.stop());

async function overview(token: string): Promise<OverviewResponse> {
  const { status, body } = await bff.get<OverviewResponse>('/api/v1/overview', token);
  assert.equal(status, 200);
  return body;
}

function byId(body: OverviewResponse): Map<string, Finding> {
  return new Map(body.findings.map((finding) => [finding.id, finding]));
}

test('an installer-provisioned, connected cluster without BYOH entries raises none of them', async () => {
  const findings = byId(await overview(bff.cluster.tokens.admin));
  for (const id of topologyIds) assert.ok(!findings.has(id), `${id} is not raised`);
  assert.equal(findings.get('platform-supported')?.code, 'platform-supported');
});

test('user-provisioned, disconnected, and a BYOH entry off the machine network', async () => {
  await bff.admin.apply(resources.configMaps, {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'cluster-config-v1', namespace: 'kube-system' },
    data: {
      'install-config':
        'apiVersion: v1\nbaseDomain: vsphere.example.com\nmetadata:\n  name: winlab\n' +
        'networking:\n  machineNetwork:\n  - cidr: 10.1.42.0/24\n',
    },
  });
  await bff.admin.apply(resources.configMaps, {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'windows-instances', namespace: wmcoNamespace },
    data: { '10.1.42.21': 'username=Administrator', '10.9.0.5': 'username=Administrator' },
  });
  await bff.admin.apply(resources.imageDigestMirrorSets, {
    apiVersion: 'config.openshift.io/v1',
    kind: 'ImageDigestMirrorSet',
    metadata: { name: 'windows-mirrors' },
    spec: {
      imageDigestMirrors: [{ source: 'mcr.microsoft.com', mirrors: ['mirror.example.com/mcr'] }],
    },
  });
  await bff.admin.apply(resources.operatorHubs, {
    apiVersion: 'config.openshift.io/v1',
    kind: 'OperatorHub',
    metadata: { name: 'cluster' },
    spec: { disableAllDefaultSources: true },
  });
  await bff.admin.mergePatch(
    resources.clusterVersions,
    { name: 'version', subresource: 'status' },
    {
      status: {
        capabilities: {
          enabledCapabilities: ['marketplace', 'Console', 'OperatorLifecycleManager'],
          knownCapabilities: ['marketplace', 'Console', 'OperatorLifecycleManager', 'MachineAPI'],
        },
      },
    },
  );

  const findings = byId(await overview(bff.cluster.tokens.admin));
  const upi = findings.get('cluster-user-provisioned');
  assert.equal(upi?.severity, 'ok');
  assert.deepEqual(upi.fix, { action: 'add-byoh-instances', route: '/windows/byoh' });
  const platform = findings.get('platform-supported');
  assert.equal(platform?.code, 'platform-byoh-only', 'no MachineSets offered where none can work');
  assert.equal(platform.fix?.route, '/windows/byoh');

  const disconnected = findings.get('cluster-disconnected');
  assert.equal(disconnected?.code, 'cluster-disconnected');
  assert.deepEqual(disconnected.params, {
    signs: ['mirror-sets', 'default-sources-off'],
    mirrorSets: 1,
    wmco: '10.22.0',
  });

  const outside = findings.get('byoh-outside-machine-network');
  assert.equal(outside?.severity, 'warning');
  assert.deepEqual(outside.params, { count: 1, addresses: ['10.9.0.5'], cidrs: ['10.1.42.0/24'] });

  const prerequisites = findings.get('byoh-prerequisites');
  assert.deepEqual(prerequisites?.params, { apiInt: 'api-int.winlab.vsphere.example.com' });
});

test('a caller who may read nothing gets permission findings, never a guess', async () => {
  const body = await overview(bff.cluster.tokens.limited);
  const ids = body.findings.map((finding) => finding.id);
  assert.ok(ids.includes('cannot-read-configmaps'), ids.join(' '));
  assert.ok(ids.includes('cannot-read-imagedigestmirrorsets.config.openshift.io'), ids.join(' '));
  for (const id of topologyIds) assert.ok(!ids.includes(id), `${id} is not raised`);
});
