// TEST PEER: a TCP relay in front of a real sshd that, once told, black-holes its connections: from then
// on nothing is forwarded in either direction and nothing is closed, as when the network path to a host
// dies mid-command. Only the BFF closing its side ends a connection, and its sshd session with it.
import { connect } from 'node:net';
import { listenTcp, type TcpListener } from './tcp-listener';

export interface BlackHoleRelay extends TcpListener {
  /** From now on, every connection is a black hole. */
  blackHole(): void;
}

export interface RelayEnds {
  listen: { address: string; port: number };
  upstream: { address: string; port: number };
}

export async function startBlackHoleRelay({
  listen,
  upstream,
}: RelayEnds): Promise<BlackHoleRelay> {
  let blackHoled = false;
  const listener = await listenTcp(listen.address, listen.port, (client) => {
    const sshd = connect(upstream.port, upstream.address);
    sshd.on('error', () => sshd.destroy());
    client.on('data', (chunk: Buffer) => {
      if (!blackHoled) sshd.write(chunk);
    });
    sshd.on('data', (chunk: Buffer) => {
      if (!blackHoled) client.write(chunk);
    });
    client.once('close', () => sshd.destroy());
    sshd.once('close', () => {
      if (!blackHoled) client.end();
    });
  });
  return {
    ...listener,
    blackHole() {
      blackHoled = true;
    },
  };
}
