import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { V1DaemonSet, V1NodeAffinity, V1PodSpec } from '@kubernetes/client-node';
import { azureFilePlugin, azureFileRegistrar } from '../domain/overview/csi-node-containers';
import { handMadeWindowsCsiDaemonSets } from '../domain/overview/windows-csi-daemon-sets';
import { csiDaemonSetStoredForm, machineStoredForm, nodeStoredForm } from './stored-forms';

test('a Node is kept without its image list, and with everything the pages read', () => {
  const kept = nodeStoredForm({
    metadata: { name: 'win-a', labels: { 'kubernetes.io/os': 'windows' } },
    status: {
      images: [{ names: ['mcr.microsoft.com/windows/servercore:ltsc2022'], sizeBytes: 1 }],
      nodeInfo: { osImage: 'Windows Server 2022 Datacenter' },
      addresses: [{ type: 'InternalIP', address: '10.0.128.4' }],
    },
  } as never);
  assert.deepEqual(kept, {
    metadata: { name: 'win-a', labels: { 'kubernetes.io/os': 'windows' } },
    status: {
      nodeInfo: { osImage: 'Windows Server 2022 Datacenter' },
      addresses: [{ type: 'InternalIP', address: '10.0.128.4' }],
    },
  });
});

test("a Machine is kept without the cloud's provider spec and status", () => {
  const kept = machineStoredForm({
    metadata: { name: 'm-a' },
    spec: { providerID: 'aws:///us-east-1a/i-0', providerSpec: { value: { ami: { id: 'x' } } } },
    status: {
      phase: 'Running',
      nodeRef: { name: 'win-a' },
      providerStatus: { instanceState: 'running' },
    },
  } as never);
  assert.deepEqual(kept, {
    metadata: { name: 'm-a' },
    spec: { providerID: 'aws:///us-east-1a/i-0' },
    status: { phase: 'Running', nodeRef: { name: 'win-a' } },
  });
});

const nodeName = {
  name: 'KUBE_NODE_NAME',
  valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } },
};
const pluginArgs = ['--v=5', '--endpoint=$(CSI_ENDPOINT)', '--nodeid=$(KUBE_NODE_NAME)'];

/** Azure File's Windows node DaemonSet as its upstream chart deploys it, as the API server returns it. */
function azureFileWindowsNode(
  pod: Partial<V1PodSpec> = {},
  namespace = 'kube-system',
): V1DaemonSet {
  const labels = { app: 'csi-azurefile-node-win' };
  const socketDir = { name: 'plugin-dir', mountPath: 'C:\\csi' };
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: {
      name: 'csi-azurefile-node-win',
      namespace,
      uid: '3f1c2a0e-7b1d-4c55-9f0e-6a1b2c3d4e5f',
      resourceVersion: '48213',
      generation: 3,
      labels: { ...labels, 'app.kubernetes.io/managed-by': 'Helm' },
      annotations: { 'deprecated.daemonset.template.generation': '3' },
    },
    spec: {
      selector: { matchLabels: labels },
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } },
      template: {
        metadata: { labels },
        spec: {
          serviceAccountName: 'csi-azurefile-node-sa',
          priorityClassName: 'system-node-critical',
          nodeSelector: { 'kubernetes.io/os': 'windows' },
          tolerations: [{ key: 'os', operator: 'Equal', value: 'Windows', effect: 'NoSchedule' }],
          containers: [
            {
              ...azureFileRegistrar,
              env: [...azureFileRegistrar.env, nodeName],
              livenessProbe: {
                exec: {
                  command: ['csi-node-driver-registrar.exe', '--mode=kubelet-registration-probe'],
                },
              },
              volumeMounts: [socketDir],
              resources: { limits: { memory: '150Mi' }, requests: { cpu: '30m', memory: '40Mi' } },
            },
            {
              ...azureFilePlugin,
              args: pluginArgs,
              ports: [{ containerPort: 29613, name: 'healthz', protocol: 'TCP' }],
              volumeMounts: [socketDir],
            },
          ],
          volumes: [
            {
              name: 'plugin-dir',
              hostPath: {
                path: 'C:\\var\\lib\\kubelet\\plugins\\file.csi.azure.com\\',
                type: 'DirectoryOrCreate',
              },
            },
          ],
          ...pod,
        },
      },
    },
    status: {
      currentNumberScheduled: 2,
      desiredNumberScheduled: 2,
      numberMisscheduled: 0,
      numberReady: 2,
      observedGeneration: 3,
    },
  };
}

test('a DaemonSet is kept as the CSI rule reads it: its name, where it runs, its containers’ facts', () => {
  assert.deepEqual(csiDaemonSetStoredForm(azureFileWindowsNode()), {
    metadata: {
      name: 'csi-azurefile-node-win',
      namespace: 'kube-system',
      uid: '3f1c2a0e-7b1d-4c55-9f0e-6a1b2c3d4e5f',
      resourceVersion: '48213',
    },
    spec: {
      template: {
        spec: {
          nodeSelector: { 'kubernetes.io/os': 'windows' },
          containers: [
            { ...azureFileRegistrar, env: [...azureFileRegistrar.env, { name: 'KUBE_NODE_NAME' }] },
            { ...azureFilePlugin, args: pluginArgs },
          ],
        },
      },
    },
  });
});

test('the CSI rule judges every DaemonSet in its stored form as it judges the whole one', () => {
  const windowsTerm = { key: 'kubernetes.io/os', operator: 'In', values: ['windows'] };
  const preferred = [{ weight: 1, preference: { matchExpressions: [windowsTerm] } }];
  const required = { nodeSelectorTerms: [{ matchExpressions: [windowsTerm] }] };
  const affinity = (nodeAffinity: V1NodeAffinity) => ({
    nodeSelector: undefined,
    affinity: { nodeAffinity },
  });
  const pathless = { name: azureFileRegistrar.name, image: azureFileRegistrar.image };
  const literal = {
    ...pathless,
    args: [
      '--kubelet-registration-path=C:/var/lib/kubelet/plugins/csi.vsphere.vmware.com/csi.sock',
    ],
  };
  const daemonSets = [
    azureFileWindowsNode(),
    azureFileWindowsNode({ nodeSelector: undefined, os: { name: 'windows' } }, 'azure-os'),
    azureFileWindowsNode(
      affinity({
        requiredDuringSchedulingIgnoredDuringExecution: required,
        preferredDuringSchedulingIgnoredDuringExecution: preferred,
      }),
      'azure-affinity',
    ),
    azureFileWindowsNode(
      affinity({ preferredDuringSchedulingIgnoredDuringExecution: preferred }),
      'azure-preferred',
    ),
    azureFileWindowsNode({ nodeSelector: { 'kubernetes.io/os': 'linux' } }, 'azure-linux'),
    azureFileWindowsNode({}, 'openshift-cluster-csi-drivers'),
    azureFileWindowsNode({ containers: [pathless, azureFilePlugin] }, 'azure-by-image'),
    azureFileWindowsNode({ containers: [pathless] }, 'unnamed-driver'),
    azureFileWindowsNode({ containers: [literal] }, 'vsphere-literal'),
    azureFileWindowsNode({ containers: [azureFilePlugin] }, 'no-registrar'),
  ];
  const whole = handMadeWindowsCsiDaemonSets(daemonSets);
  assert.deepEqual(
    whole.map(({ namespace }) => namespace),
    ['kube-system', 'azure-os', 'azure-affinity', 'azure-by-image', 'vsphere-literal'],
  );
  const stored = daemonSets.map((daemonSet) => csiDaemonSetStoredForm(structuredClone(daemonSet)));
  assert.deepEqual(handMadeWindowsCsiDaemonSets(stored), whole);
});
