import { nodePorts, type NodePort, type PortProbe } from '../domain/byoh/node-ports';
import { probeTcp } from './tcp-probe';

/** TCP from the BFF to every port WMCO needs on the host besides SSH, all at once. */
export async function probeNodePorts(
  ip: string,
  timeoutMs: number,
): Promise<Map<NodePort, PortProbe>> {
  const probes = await Promise.all(nodePorts.map(({ port }) => probeTcp(ip, port, timeoutMs)));
  return new Map(nodePorts.map(({ port }, index) => [port, probes[index] ?? 'filtered']));
}
