import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bareSnapshot } from './bare-snapshot';
import type { V1DaemonSet } from '@kubernetes/client-node';
import type { ClusterSnapshot } from './cluster-snapshot';
import { csiDaemonSetFindings } from './csi-daemon-set-findings';
import { azureFilePlugin as plugin, azureFileRegistrar as registrar } from './csi-node-containers';
import { handMadeWindowsCsiDaemonSets, type WindowsCsiDaemonSet } from './windows-csi-daemon-sets';

const azureFile = {
  namespace: 'kube-system',
  name: 'csi-azurefile-node-win',
  driver: 'file.csi.azure.com',
};

function snapshot(
  clusterVersion: string | undefined,
  daemonSets: WindowsCsiDaemonSet[] | undefined,
  platform = 'Azure',
): ClusterSnapshot {
  return bareSnapshot({
    clusterVersion,
    platform: { type: platform, infrastructureName: 'winlab' },
    windowsCsiDaemonSets: daemonSets,
  });
}

test('OpenShift 5.0 and later: a hand-made Azure File Windows DaemonSet conflicts, named', () => {
  for (const version of ['5.0.0', '5.0.0-rc.1', '5.1.4']) {
    const findings = csiDaemonSetFindings(snapshot(version, [azureFile]));
    assert.equal(findings.length, 1, version);
    assert.equal(findings[0]?.code, 'csi-daemon-set-conflict');
    assert.equal(findings[0].severity, 'warning');
    assert.deepEqual(findings[0].params, {
      ...azureFile,
      openshift: version,
      operatorNamespace: 'openshift-cluster-csi-drivers',
    });
  }
});

test('before 5.0 no operator deploys one: nothing, even for the same DaemonSet', () => {
  for (const version of ['4.22.3', '4.99.0', undefined]) {
    assert.deepEqual(csiDaemonSetFindings(snapshot(version, [azureFile])), [], version);
  }
});

test('a driver no OpenShift operator deploys on Windows, or another platform’s, does not conflict', () => {
  const trident = {
    namespace: 'trident',
    name: 'trident-node-windows',
    driver: 'csi.trident.netapp.io',
  };
  assert.deepEqual(csiDaemonSetFindings(snapshot('5.0.0', [trident])), []);
  assert.deepEqual(csiDaemonSetFindings(snapshot('5.0.0', [azureFile], 'VSphere')), []);
  const vsphere = {
    namespace: 'vmware',
    name: 'vsphere-csi-node-windows',
    driver: 'csi.vsphere.vmware.com',
  };
  assert.equal(csiDaemonSetFindings(snapshot('5.0.0', [vsphere], 'VSphere')).length, 1);
});

test('not read (unreadable or before 5.0): nothing', () => {
  assert.deepEqual(csiDaemonSetFindings(snapshot('5.0.0', undefined)), []);
});

function daemonSet(
  namespace: string,
  spec: Partial<NonNullable<V1DaemonSet['spec']>['template']['spec']> & object,
): V1DaemonSet {
  return {
    metadata: { name: 'csi-azurefile-node-win', namespace },
    spec: {
      selector: {},
      template: { spec: { containers: [registrar, plugin], ...spec } },
    },
  };
}

test('Windows by node selector, os.name or required affinity; the driver from the registration path', () => {
  const affinity = {
    nodeAffinity: {
      requiredDuringSchedulingIgnoredDuringExecution: {
        nodeSelectorTerms: [
          { matchExpressions: [{ key: 'kubernetes.io/os', operator: 'In', values: ['windows'] }] },
        ],
      },
    },
  };
  for (const spec of [
    { nodeSelector: { 'kubernetes.io/os': 'windows' } },
    { os: { name: 'windows' } },
    { affinity },
  ]) {
    assert.deepEqual(handMadeWindowsCsiDaemonSets([daemonSet('kube-system', spec)]), [
      { namespace: 'kube-system', name: 'csi-azurefile-node-win', driver: 'file.csi.azure.com' },
    ]);
  }
});

test('Linux DaemonSets, the operators’ own namespace and DaemonSets without a registrar are left out', () => {
  const windows = { nodeSelector: { 'kubernetes.io/os': 'windows' } };
  assert.deepEqual(
    handMadeWindowsCsiDaemonSets([
      daemonSet('kube-system', { nodeSelector: { 'kubernetes.io/os': 'linux' } }),
      daemonSet('kube-system', {}),
      daemonSet('openshift-cluster-csi-drivers', windows),
      daemonSet('kube-system', { ...windows, containers: [plugin] }),
    ]),
    [],
  );
});

test('a literal registration path, or the plugin image when the path says nothing', () => {
  const windows = { nodeSelector: { 'kubernetes.io/os': 'windows' } };
  const literal = {
    ...registrar,
    env: [],
    args: [
      '--kubelet-registration-path=C:/var/lib/kubelet/plugins/csi.vsphere.vmware.com/csi.sock',
    ],
  };
  const noPath = { ...registrar, args: [], env: [] };
  const [first, second] = handMadeWindowsCsiDaemonSets([
    daemonSet('vmware', { ...windows, containers: [literal] }),
    daemonSet('kube-system', { ...windows, containers: [noPath, plugin] }),
  ]);
  assert.equal(first?.driver, 'csi.vsphere.vmware.com');
  assert.equal(second?.driver, 'file.csi.azure.com');
  assert.deepEqual(
    handMadeWindowsCsiDaemonSets([daemonSet('x', { ...windows, containers: [noPath] })]),
    [],
    'a registrar whose driver nothing names is not guessed',
  );
});
