// Part of the Machine API simulator (a TEST DOUBLE, never part of the product): the Node a Windows
// instance registers once WMCO has installed kubelet on it (NotReady, tainted os=Windows), and what
// WMCO changes when it finishes configuring it (Ready, version annotations).
import { randomUUID } from 'node:crypto';
import type { KubernetesObject } from '@kubernetes/client-node';
import { timestampSecondsAgo } from '../scenarios/seed';
import type { CloudInstance, WindowsServer } from './cloud-instances';
import { windowsBuilds } from './cloud-instances';
import {
  MACHINE_ANNOTATION,
  WMCO_DESIRED_VERSION_ANNOTATION,
  WMCO_VERSION_ANNOTATION,
  type Machine,
  type Node,
} from './machine-api-objects';

const notReadyTaint = { key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule' };
const windowsTaint = { key: 'os', value: 'Windows', effect: 'NoSchedule' };

/** Kubelet's four conditions: no pressure, and Ready as given. */
function kubeletConditions(ready: boolean, since: string): object[] {
  const now = timestampSecondsAgo(0);
  const pressure: [string, string, string][] = [
    ['MemoryPressure', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'],
    ['DiskPressure', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'],
    ['PIDPressure', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'],
  ];
  return [
    ...pressure.map(([type, reason, message]) => ({ type, status: 'False', reason, message })),
    ready
      ? {
          type: 'Ready',
          status: 'True',
          reason: 'KubeletReady',
          message: 'kubelet is posting ready status',
        }
      : {
          type: 'Ready',
          status: 'False',
          reason: 'KubeletNotReady',
          message:
            'container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized',
        },
  ].map((condition) => ({ ...condition, lastHeartbeatTime: now, lastTransitionTime: since }));
}

/** The Node kubelet registers for a Machine's instance. */
export function joiningWindowsNode(
  machine: Machine,
  instance: CloudInstance,
  windowsServer: WindowsServer,
): KubernetesObject & { status: object } & Record<string, unknown> {
  const { build, revision } = windowsBuilds[windowsServer];
  const name = instance.nodeName;
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      labels: {
        'beta.kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/os': 'windows',
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': name,
        'kubernetes.io/os': 'windows',
        'node.kubernetes.io/windows-build': build,
        'node.openshift.io/os_id': 'Windows',
        ...(instance.instanceType
          ? { 'node.kubernetes.io/instance-type': instance.instanceType }
          : {}),
        ...(instance.region ? { 'topology.kubernetes.io/region': instance.region } : {}),
        ...(instance.zone ? { 'topology.kubernetes.io/zone': instance.zone } : {}),
        ...machine.spec?.metadata?.labels,
      },
      annotations: {
        [MACHINE_ANNOTATION]: `${machine.metadata.namespace}/${machine.metadata.name}`,
      },
    },
    spec: { providerID: instance.providerID, taints: [windowsTaint, notReadyTaint] },
    status: {
      addresses: [
        { type: 'InternalIP', address: instance.address },
        { type: 'Hostname', address: name },
      ],
      conditions: kubeletConditions(false, timestampSecondsAgo(0)),
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        architecture: 'amd64',
        bootID: '',
        containerRuntimeVersion: 'containerd://1.7.27',
        kernelVersion: `${build}.${String(revision)}`,
        kubeProxyVersion: 'v1.35.3',
        kubeletVersion: 'v1.35.3',
        machineID: '',
        operatingSystem: 'windows',
        osImage: `Windows Server ${windowsServer} Datacenter`,
        systemUUID: randomUUID().toUpperCase(),
      },
    },
  };
}

/** WMCO has configured a node it created when it carries neither of its version annotations yet. */
export function isUnconfigured(node: Node): boolean {
  const annotations = node.metadata.annotations ?? {};
  return (
    !(WMCO_VERSION_ANNOTATION in annotations) && !(WMCO_DESIRED_VERSION_ANNOTATION in annotations)
  );
}

/** What WMCO's configuration leaves on the node: its version, kubelet Ready, no not-ready taint. */
export function configuredNode(
  node: Node,
  fullVersion: string,
): { object: object; status: object } {
  return {
    object: {
      metadata: {
        annotations: {
          [WMCO_DESIRED_VERSION_ANNOTATION]: fullVersion,
          [WMCO_VERSION_ANNOTATION]: fullVersion,
        },
      },
      spec: {
        taints: (node.spec?.taints ?? []).filter((taint) => taint.key !== notReadyTaint.key),
      },
    },
    status: { status: { conditions: kubeletConditions(true, timestampSecondsAgo(0)) } },
  };
}
