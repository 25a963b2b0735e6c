// A network round trip put between the BFF and a real test peer: a TCP relay on loopback that forwards
// each connection to the peer's same port, holding every chunk for half the round trip in each
// direction. The peer's side is connected half a round trip after the client's, so a server that
// speaks first (sshd's banner) is heard one round trip after connecting, as over a real link.
import { connect, type Socket } from 'node:net';
import { listenTcp, type TcpListener } from '../integration-tests/ssh-peers/tcp-listener';

export interface LatencyRelay {
  close(): Promise<void>;
}

/** What `from` sends reaches `to` `delayMs` later, in order; its end and its failure too. */
function forwardLate(from: Socket, to: Socket, delayMs: number): void {
  from.on('data', (chunk: Buffer) => {
    setTimeout(() => {
      if (!to.destroyed) to.write(chunk);
    }, delayMs);
  });
  from.once('end', () => setTimeout(() => to.end(), delayMs));
  from.once('close', () => setTimeout(() => to.destroy(), delayMs));
}

export async function startLatencyRelay(options: {
  /** The address the relay listens on, at each of `ports`. */
  listen: string;
  /** The peer's address: each port is forwarded to the same port there. */
  upstream: string;
  ports: readonly number[];
  roundTripMs: number;
}): Promise<LatencyRelay> {
  const oneWayMs = options.roundTripMs / 2;
  const listeners: TcpListener[] = await Promise.all(
    options.ports.map((port) =>
      listenTcp(options.listen, port, (client) => {
        setTimeout(() => {
          if (client.destroyed) return;
          const peer = connect(port, options.upstream);
          peer.on('error', () => peer.destroy());
          forwardLate(client, peer, oneWayMs);
          forwardLate(peer, client, oneWayMs);
        }, oneWayMs);
      }),
    ),
  );
  return {
    close: async () => {
      await Promise.all(listeners.map((listener) => listener.close()));
    },
  };
}
