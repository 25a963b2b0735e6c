import type { V1Node } from '@kubernetes/client-node';
import type { WindowsNode } from '../../../contract/nodes';
import { toWindowsNode, type MachineOfNode } from '../nodes/windows-node';
import { wmcoNames } from '../wmco-names';
import { baseBuild, parseWindowsBuild, type WindowsBuild } from './windows-build';

/** What a Windows node tells about its operating system. */
export interface NodeOs {
  name: string;
  source: WindowsNode['source'];
  /** The MachineSet (or Machine) behind the node, or the BYOH address. */
  origin?: string;
  /** The full build: the kernel's `10.0.20348.2340` when it agrees with the build label. */
  build?: WindowsBuild;
  /** `status.nodeInfo.osImage`, e.g. `Windows Server 2022 Datacenter`. */
  osImage?: string;
  architecture?: string;
  /** The build label and the kernel version name different builds: the label is believed. */
  kernelDisagrees: boolean;
}

/**
 * Kubelet puts the build without revision on the node's label and the full one in its kernel
 * version; the label decides the build, the kernel adds the revision when it names the same build.
 */
export function nodeOs(node: V1Node, machine?: MachineOfNode): NodeOs {
  const shown = toWindowsNode(node, machine);
  const labels = node.metadata?.labels ?? {};
  const info = node.status?.nodeInfo;
  const label = parseWindowsBuild(labels[wmcoNames.windowsBuildLabel]);
  const kernel = parseWindowsBuild(info?.kernelVersion);
  const agrees = label && kernel && baseBuild(label) === baseBuild(kernel);
  const kernelDisagrees = Boolean(label && kernel && !agrees);
  return {
    name: shown.name,
    source: shown.source,
    origin: shown.origin,
    build: agrees || !label ? kernel : { ...label, revision: undefined },
    osImage: info?.osImage || undefined,
    architecture: info?.architecture || labels['kubernetes.io/arch'] || undefined,
    kernelDisagrees,
  };
}
