// Part of the Machine API simulator (a TEST DOUBLE, never part of the product): the Node a Windows
// instance registers once WMCO has installed kubelet on it (NotReady, tainted os=Windows), and what
// WMCO changes when it finishes configuring it (Ready, version annotations).
import type { KubernetesObject } from '@kubernetes/client-node';
import { timestampSecondsAgo } from '../scenarios/seed';
import { buildOf, type CloudInstance, type WindowsServer } from './cloud-instances';
import {
  MACHINE_ANNOTATION,
  WMCO_DESIRED_VERSION_ANNOTATION,
  WMCO_VERSION_ANNOTATION,
  type Machine,
  type Node,
} from './machine-api-objects';
import { kubeletConditions, windowsNodeInfo, windowsNodeLabels } from './windows-kubelet';

const notReadyTaint = { key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule' };
const windowsTaint = { key: 'os', value: 'Windows', effect: 'NoSchedule' };

/** The Node kubelet registers for a Machine's instance. */
export function joiningWindowsNode(
  machine: Machine,
  instance: CloudInstance,
  windowsServer: WindowsServer,
): KubernetesObject & { status: object } & Record<string, unknown> {
  const build = buildOf[windowsServer];
  const name = instance.nodeName;
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      labels: {
        ...windowsNodeLabels(name, build),
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
      nodeInfo: windowsNodeInfo(build),
    },
  };
}

/** A node WMCO has not configured yet carries neither of its version annotations. */
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
