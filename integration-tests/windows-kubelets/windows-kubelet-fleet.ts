// Starts a simulated Windows kubelet (TEST DOUBLE) for every Windows node of a running local
// cluster, each on its own address of a random loopback block, and routes the node's InternalIP
// and kubelet port to it through the simulated node network, so the real API server's node proxy
// reaches it.
import type { V1Node } from '@kubernetes/client-node';
import type { KubeClient } from '../cluster/kube-client';
import type { LocalCluster } from '../cluster/local-cluster';
import { resources } from '../cluster/resources';
import { randomLoopbackBlock } from '../ssh-peers/loopback-block';
import { SimulatedWindowsKubelet } from './simulated-windows-kubelet';
import { windowsNodeLogs, type WindowsNodeLogOptions } from './windows-node-logs';

export interface WindowsKubeletFleet {
  kubelets: Map<string, SimulatedWindowsKubelet>;
  get(nodeName: string): SimulatedWindowsKubelet;
  stop(): Promise<void>;
}

/** A scenario's say in a node's logs and kubelet settings. */
export type NodeLogShape = Partial<Omit<WindowsNodeLogOptions, 'nodeName' | 'address'>> & {
  enableSystemLogQuery?: boolean;
};

function internalIP(node: V1Node): string | undefined {
  return node.status?.addresses?.find((address) => address.type === 'InternalIP')?.address;
}

export async function startWindowsKubelets(
  cluster: Pick<LocalCluster, 'kubeletPki' | 'nodeNetwork'>,
  client: KubeClient,
  shapes: Record<string, NodeLogShape> = {},
): Promise<WindowsKubeletFleet> {
  const nodes = await client.list<V1Node>(resources.nodes, {
    labelSelector: 'kubernetes.io/os=windows',
  });
  const block = randomLoopbackBlock();
  const kubelets = new Map<string, SimulatedWindowsKubelet>();
  const routed: [string, number][] = [];
  let octet = 10;
  for (const node of nodes) {
    const name = node.metadata?.name ?? '';
    const address = internalIP(node);
    // A node on a loopback address cannot be proxied by the API server at all: no kubelet for it.
    if (!address || address.startsWith('127.')) continue;
    const port = node.status?.daemonEndpoints?.kubeletEndpoint?.Port ?? 10250;
    const { enableSystemLogQuery, ...logShape } = shapes[name] ?? {};
    const kubelet = await SimulatedWindowsKubelet.start({
      nodeName: name,
      nodeAddress: address,
      listenAddress: block.address((octet += 1)),
      pki: cluster.kubeletPki,
      logs: windowsNodeLogs({
        nodeName: name,
        address,
        wmcoVersion: node.metadata?.annotations?.['windowsmachineconfig.openshift.io/version'],
        ...logShape,
      }),
      enableSystemLogQuery,
    });
    cluster.nodeNetwork.route(address, port, {
      host: kubelet.options.listenAddress,
      port: kubelet.port,
    });
    routed.push([address, port]);
    kubelets.set(name, kubelet);
  }
  return {
    kubelets,
    get(nodeName) {
      const kubelet = kubelets.get(nodeName);
      if (!kubelet) throw new Error(`no simulated kubelet for node ${nodeName}`);
      return kubelet;
    },
    async stop() {
      for (const [address, port] of routed) cluster.nodeNetwork.unroute(address, port);
      await Promise.all([...kubelets.values()].map((kubelet) => kubelet.stop()));
    },
  };
}
