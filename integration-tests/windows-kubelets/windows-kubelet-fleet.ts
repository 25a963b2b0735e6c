// A simulated Windows kubelet (TEST DOUBLE) for every Windows node of a running local cluster, each
// on its own address of a random loopback block, with the node's InternalIP and kubelet port routed
// to it through the simulated node network, so the real API server's node proxy reaches it. Tests
// start every kubelet at once; the product's stack starts each when the API server first dials it.
import type { V1Node } from '@kubernetes/client-node';
import type { KubeClient } from '../cluster/kube-client';
import type { LocalCluster } from '../cluster/local-cluster';
import { resources } from '../cluster/resources';
import { watch, type Behaviour } from '../cluster/simulators/behaviour';
import { randomLoopbackBlock } from '../ssh-peers/loopback-block';
import { SimulatedWindowsKubelet } from './simulated-windows-kubelet';
import { windowsNodeLogs, type WindowsNodeLogOptions } from './windows-node-logs';

/** A scenario's say in a node's logs and kubelet settings. */
export type NodeLogShape = Partial<Omit<WindowsNodeLogOptions, 'nodeName' | 'address'>> & {
  enableSystemLogQuery?: boolean;
};

type FleetCluster = Pick<LocalCluster, 'kubeletPki' | 'nodeNetwork'>;

/** The addresses of one loopback block a fleet gives its kubelets (.11 to .254). */
const FIRST_OCTET = 11;
const LAST_OCTET = 254;

function internalIP(node: V1Node): string | undefined {
  return node.status?.addresses?.find((address) => address.type === 'InternalIP')?.address;
}

export class WindowsKubeletFleet {
  /** Starts a node's kubelet, once; later calls get the same one. */
  private readonly starters = new Map<string, () => Promise<SimulatedWindowsKubelet>>();
  private readonly started = new Map<string, SimulatedWindowsKubelet>();
  private readonly routed: [string, number][] = [];
  private readonly block = randomLoopbackBlock();
  private octet = FIRST_OCTET;

  constructor(
    private readonly cluster: FleetCluster,
    private readonly shapes: Record<string, NodeLogShape> = {},
  ) {}

  /**
   * Routes a Windows node's InternalIP and kubelet port to a kubelet of its own, started when first
   * reached. False when the node cannot have one: not Windows, no address, a loopback address (the
   * API server will not proxy to it), or the fleet's addresses are used up.
   */
  add(node: V1Node): boolean {
    const name = node.metadata?.name ?? '';
    const address = internalIP(node);
    if (node.metadata?.labels?.['kubernetes.io/os'] !== 'windows') return false;
    if (this.starters.has(name)) return true;
    if (!address || address.startsWith('127.') || this.octet > LAST_OCTET) return false;
    const port = node.status?.daemonEndpoints?.kubeletEndpoint?.Port ?? 10250;
    const listenAddress = this.block.address(this.octet++);
    let kubelet: Promise<SimulatedWindowsKubelet> | undefined;
    const start = () => {
      kubelet ??= this.start(node, name, address, listenAddress);
      return kubelet;
    };
    this.starters.set(name, start);
    this.cluster.nodeNetwork.route(address, port, async () => {
      const started = await start();
      return { host: listenAddress, port: started.port };
    });
    this.routed.push([address, port]);
    return true;
  }

  /** The node's kubelet, started now if nothing has reached it yet. */
  async kubelet(nodeName: string): Promise<SimulatedWindowsKubelet> {
    const start = this.starters.get(nodeName);
    if (!start) throw new Error(`no simulated kubelet for node ${nodeName}`);
    return start();
  }

  /** A kubelet already started. */
  get(nodeName: string): SimulatedWindowsKubelet {
    const kubelet = this.started.get(nodeName);
    if (!kubelet) throw new Error(`no simulated kubelet started for node ${nodeName}`);
    return kubelet;
  }

  nodeNames(): string[] {
    return [...this.starters.keys()];
  }

  async stop(): Promise<void> {
    for (const [address, port] of this.routed) this.cluster.nodeNetwork.unroute(address, port);
    await Promise.all([...this.started.values()].map((kubelet) => kubelet.stop()));
  }

  private async start(
    node: V1Node,
    name: string,
    address: string,
    listenAddress: string,
  ): Promise<SimulatedWindowsKubelet> {
    const { enableSystemLogQuery, ...logShape } = this.shapes[name] ?? {};
    const kubelet = await SimulatedWindowsKubelet.start({
      nodeName: name,
      nodeAddress: address,
      listenAddress,
      pki: this.cluster.kubeletPki,
      logs: windowsNodeLogs({
        nodeName: name,
        address,
        wmcoVersion: node.metadata?.annotations?.['windowsmachineconfig.openshift.io/version'],
        ...logShape,
      }),
      enableSystemLogQuery,
    });
    this.started.set(name, kubelet);
    return kubelet;
  }
}

/** Every Windows node's kubelet, started now (tests read and append to their logs at once). */
export async function startWindowsKubelets(
  cluster: FleetCluster,
  client: KubeClient,
  shapes: Record<string, NodeLogShape> = {},
): Promise<WindowsKubeletFleet> {
  const fleet = new WindowsKubeletFleet(cluster, shapes);
  const nodes = await client.list<V1Node>(resources.nodes, {
    labelSelector: 'kubernetes.io/os=windows',
  });
  for (const node of nodes) fleet.add(node);
  await Promise.all(fleet.nodeNames().map((name) => fleet.kubelet(name)));
  return fleet;
}

/**
 * The fleet as a simulated controller: every Windows node the scenario or the other simulators
 * create gets its kubelet's route (the kubelet starts when the API server first dials it).
 */
export function windowsKubeletSimulator(fleet: WindowsKubeletFleet): Behaviour {
  return {
    name: 'windows-kubelets',
    watches: [
      watch<V1Node>(resources.nodes, (node) => {
        fleet.add(node);
        return Promise.resolve();
      }),
    ],
  };
}
