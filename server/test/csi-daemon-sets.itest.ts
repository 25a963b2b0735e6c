import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { V1DaemonSet } from '@kubernetes/client-node';
import type { OverviewResponse } from '../contract/overview';
import { whileLimitedMay } from '../../integration-tests/cluster/cluster-role-grant';
import { resources } from '../../integration-tests/cluster/resources';
import { waitFor } from '../../integration-tests/cluster/wait-for';
import { userKubeConfig } from '../src/cluster/api/user-kube-config';
import { kindKey, kinds } from '../src/cluster/kinds';
import { readWindowsCsiDaemonSets } from '../src/cluster/overview/csi-daemon-set-reader';
import { ClusterReader } from '../src/cluster/reader/cluster-reader';
import { startBffOnCluster, type BffOnCluster } from './bff-on-cluster';

let bff: BffOnCluster;

/** A Windows node DaemonSet of the vSphere CSI driver as its upstream manifests deploy it. */
function vsphereWindowsNode(namespace: string): V1DaemonSet {
  const labels = { app: 'vsphere-csi-node-windows' };
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: 'vsphere-csi-node-windows', namespace },
    spec: {
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          nodeSelector: { 'kubernetes.io/os': 'windows' },
          containers: [
            {
              name: 'node-driver-registrar',
              image: 'registry.k8s.io/sig-storage/csi-node-driver-registrar:v2.13.0',
              args: ['--kubelet-registration-path=$(DRIVER_REG_SOCK_PATH)'],
              env: [
                {
                  name: 'DRIVER_REG_SOCK_PATH',
                  value: 'C:\\var\\lib\\kubelet\\plugins\\csi.vsphere.vmware.com\\csi.sock',
                },
              ],
            },
            { name: 'vsphere-csi-node', image: 'registry.k8s.io/csi-vsphere/driver:v3.5.0' },
          ],
        },
      },
    },
  };
}

before(async () => {
  bff = await startBffOnCluster('vsphere-default-vxlan', { watchCache: true });
  for (const namespace of ['vmware-system-csi', 'openshift-cluster-csi-drivers']) {
    await bff.admin.create(resources.namespaces, { metadata: { name: namespace } });
    await bff.admin.create(resources.daemonSets, vsphereWindowsNode(namespace));
  }
  await waitFor('the shared cache to hold both DaemonSets', async () => {
    const metrics = await bff.app.inject({
      url: '/metrics',
      headers: { authorization: `Bearer ${bff.cluster.tokens.admin}` },
    });
    return metrics.body.includes(
      'windows_nodes_bff_watch_cache_objects{resource="daemonsets.apps"} 2',
    )
      ? true
      : undefined;
  });
});

after(async () => {
  await bff.stop();
});

async function overview(token = bff.cluster.tokens.admin): Promise<OverviewResponse> {
  return (await bff.get<OverviewResponse>('/api/v1/overview', token)).body;
}

const conflicts = (body: OverviewResponse) =>
  body.findings.filter((finding) => finding.code === 'csi-daemon-set-conflict');

const setClusterVersion = (version: string) =>
  bff.admin.mergePatch(
    resources.clusterVersions,
    { name: 'version', subresource: 'status' },
    { status: { desired: { version } } },
  );

test('on OpenShift 4.22 a hand-made Windows CSI DaemonSet is the documented way: nothing said', async () => {
  const body = await overview();
  assert.equal(body.clusterVersion, '4.22.3');
  assert.deepEqual(conflicts(body), []);
});

test('on OpenShift 5.0 the hand-made one is named, the operators’ own is not', async () => {
  await setClusterVersion('5.0.0');
  const body = await waitFor('the Overview to read OpenShift 5.0.0', async () => {
    const read = await overview();
    return read.clusterVersion === '5.0.0' ? read : undefined;
  });
  const found = conflicts(body);
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.equal(found[0]?.severity, 'warning');
  assert.deepEqual(found[0]?.params, {
    namespace: 'vmware-system-csi',
    name: 'vsphere-csi-node-windows',
    driver: 'csi.vsphere.vmware.com',
    openshift: '5.0.0',
    operatorNamespace: 'openshift-cluster-csi-drivers',
  });
});

test('a caller who may not list DaemonSets cluster-wide is told so, not judged', async () => {
  const reads = [
    { apiGroups: ['config.openshift.io'], resources: ['clusterversions'], verbs: ['get'] },
  ];
  await whileLimitedMay(bff.admin, 'limited-reads-cluster-version', reads, async () => {
    const body = await overview(bff.cluster.tokens.limited);
    assert.equal(body.clusterVersion, '5.0.0');
    assert.deepEqual(conflicts(body), []);
    const cannotRead = body.findings.filter((finding) => finding.code === 'cannot-read');
    assert.ok(
      cannotRead.some((finding) => JSON.stringify(finding.params).includes('daemonsets.apps')),
      JSON.stringify(cannotRead),
    );
  });
});

/** A reader of the caller's, as a request gets one: the BFF's watch caches behind access checks. */
function readerOf(token: string): ClusterReader {
  const connection = { server: bff.cluster.server, caPem: bff.cluster.caData };
  return new ClusterReader(userKubeConfig(connection, token), bff.app.cachedReads);
}

test('the rule’s DaemonSets come from the shared cache, refused by the caller’s access check', async () => {
  const admin = readerOf(bff.cluster.tokens.admin);
  assert.deepEqual(await readWindowsCsiDaemonSets(admin, '5.0.0'), [
    {
      namespace: 'vmware-system-csi',
      name: 'vsphere-csi-node-windows',
      driver: 'csi.vsphere.vmware.com',
    },
  ]);
  assert.deepEqual(admin.liveReads(), [], 'nothing read from the API server');

  const limited = readerOf(bff.cluster.tokens.limited);
  assert.equal(await readWindowsCsiDaemonSets(limited, '5.0.0'), undefined);
  assert.deepEqual(limited.unreadable(), ['daemonsets.apps']);
  assert.deepEqual(limited.liveReads(), [], 'refused before the API server was asked');
});

test('whole DaemonSets (the workload checker’s) are still read from the API server', async () => {
  const admin = readerOf(bff.cluster.tokens.admin);
  const whole = await admin.list<V1DaemonSet>(kinds.daemonSet);
  assert.equal(whole?.length, 2);
  assert.deepEqual(whole[0]?.spec?.selector, { matchLabels: { app: 'vsphere-csi-node-windows' } });
  assert.deepEqual(
    admin.liveReads().map(({ kind }) => kindKey(kind)),
    ['daemonsets.apps'],
  );
});
