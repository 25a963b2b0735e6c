import type { V1Node } from '@kubernetes/client-node';
import type { WindowsNode } from '../../../contract/nodes';
import { windowsServerReleaseOfBuild } from '../support/support-matrix';
import { wmcoNames } from '../wmco-names';

/** What the Machine API tells about a node: the Machine behind it and that Machine's MachineSet. */
export interface MachineOfNode {
  machine: string;
  machineSet?: string;
}

function isReady(node: V1Node): boolean {
  return node.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

/** A Windows node as the pages show it, from the Node and (for Machine-backed nodes) its Machine. */
export function toWindowsNode(node: V1Node, machine: MachineOfNode | undefined): WindowsNode {
  const labels = node.metadata?.labels ?? {};
  const annotations = node.metadata?.annotations ?? {};
  const build = labels[wmcoNames.windowsBuildLabel];
  const byoh = labels[wmcoNames.byohLabel] === 'true';
  // Every address, as WMCO matches BYOH entries against any of them; the IPs first (`origin`).
  const addresses = (node.status?.addresses ?? [])
    .map(({ type, address }) => ({ ip: type === 'InternalIP' || type === 'ExternalIP', address }))
    .sort((a, b) => Number(b.ip) - Number(a.ip))
    .map(({ address }) => address);
  const machineName =
    machine?.machine ?? annotations[wmcoNames.machineAnnotationOnNode]?.split('/')[1];
  return {
    name: node.metadata?.name ?? '',
    ready: isReady(node),
    schedulable: !node.spec?.unschedulable,
    build,
    windowsServer: build ? windowsServerReleaseOfBuild(build)?.version : undefined,
    wmcoVersion: annotations[wmcoNames.versionAnnotation],
    source: byoh ? 'BYOH' : 'MachineSet',
    origin: byoh ? addresses[0] : (machine?.machineSet ?? machineName),
    addresses,
    upgrading: labels[wmcoNames.upgradingLabel] === 'true',
    createdAt: node.metadata?.creationTimestamp
      ? new Date(node.metadata.creationTimestamp).toISOString()
      : undefined,
  };
}
