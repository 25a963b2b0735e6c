// TEST DOUBLE: the network between kube-apiserver and the nodes' kubelets. kube-apiserver refuses to
// proxy to a node whose address is not a global unicast one (loopback included), so nodes keep the
// private addresses a cluster gives them (10.x) and the API server reaches them through this HTTP
// CONNECT proxy on a Unix socket (its egress selector for "cluster" traffic, as konnectivity is in
// some OpenShift topologies). Each node address:port is routed to a simulated kubelet listening on a
// loopback address; an address with no route answers 503, like a node that is down, and nothing
// ever leaves loopback.
import { once } from 'node:events';
import { rm, writeFile } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import path from 'node:path';
import { connect } from 'node:net';

export interface LoopbackTarget {
  host: string;
  port: number;
}

/** Where a route leads, or how to find out on first use (a kubelet started when first reached). */
export type RouteTarget = LoopbackTarget | (() => Promise<LoopbackTarget>);

export interface SimulatedNodeNetwork {
  /** The file kube-apiserver's --egress-selector-config-file names. */
  egressSelectorConfigFile: string;
  /** Routes `address:port` (a node's address and kubelet port) to a loopback listener. */
  route(address: string, port: number, target: RouteTarget): void;
  unroute(address: string, port: number): void;
  close(): Promise<void>;
}

const CONNECT_LINE = /^CONNECT ([^\s:]+):(\d+) HTTP\/1\.[01]\r\n/;

export async function startSimulatedNodeNetwork(dir: string): Promise<SimulatedNodeNetwork> {
  const socketPath = path.join(dir, 'node-network.sock');
  const routes = new Map<string, RouteTarget>();
  const resolve = async (key: string): Promise<LoopbackTarget | undefined> => {
    const target = routes.get(key);
    return typeof target === 'function' ? target().catch(() => undefined) : target;
  };
  const open = new Set<Socket>();

  /** Joins the API server's connection to the kubelet once it answers; `rest`: bytes sent early. */
  const tunnel = (client: Socket, target: LoopbackTarget, rest: Buffer): void => {
    const upstream = connect(target.port, target.host, () => {
      client.write('HTTP/1.1 200 Connection established\r\n\r\n');
      if (rest.length > 0) upstream.write(rest);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    open.add(upstream);
    upstream.once('close', () => {
      open.delete(upstream);
      client.destroy();
    });
    upstream.on('error', () => client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'));
    client.once('close', () => upstream.destroy());
  };

  const server: Server = createServer((client) => {
    open.add(client);
    client.once('close', () => open.delete(client));
    client.on('error', () => client.destroy());
    let head = '';
    const onData = (chunk: Buffer): void => {
      head += chunk.toString('latin1');
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) {
        if (head.length > 8192) client.destroy();
        return;
      }
      client.off('data', onData);
      const match = CONNECT_LINE.exec(head);
      void resolve(match ? `${match[1] ?? ''}:${match[2] ?? ''}` : '').then((target) => {
        if (target) tunnel(client, target, Buffer.from(head.slice(end + 4), 'latin1'));
        else client.end('HTTP/1.1 503 Service Unavailable\r\n\r\n');
      });
    };
    client.on('data', onData);
  });

  server.listen(socketPath);
  await once(server, 'listening');

  const egressSelectorConfigFile = path.join(dir, 'egress-selector.yaml');
  await writeFile(
    egressSelectorConfigFile,
    [
      'apiVersion: apiserver.k8s.io/v1beta1',
      'kind: EgressSelectorConfiguration',
      'egressSelections:',
      '- name: cluster',
      '  connection:',
      '    proxyProtocol: HTTPConnect',
      '    transport:',
      '      uds:',
      `        udsName: ${socketPath}`,
      '',
    ].join('\n'),
  );

  return {
    egressSelectorConfigFile,
    route: (address, port, target) => routes.set(`${address}:${String(port)}`, target),
    unroute: (address, port) => routes.delete(`${address}:${String(port)}`),
    close: async () => {
      for (const socket of open) socket.destroy();
      server.close();
      await rm(socketPath, { force: true });
    },
  };
}
