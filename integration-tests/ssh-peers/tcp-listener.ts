// A TCP listener of the test peers that keeps track of its connections: a test can ask how many the
// BFF has not closed yet, and stopping the listener closes the rest.
import { createServer, type AddressInfo, type Socket } from 'node:net';

export interface TcpListener {
  /** The port listened on (the one asked for, or the one picked for port 0). */
  port: number;
  /** Connections accepted and not closed yet. */
  openConnections(): number;
  close(): Promise<void>;
}

export function listenTcp(
  address: string,
  port: number,
  onConnection: (socket: Socket) => void,
): Promise<TcpListener> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    // A peer's client going away is no test failure.
    socket.on('error', () => socket.destroy());
    onConnection(socket);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, address, () => {
      resolve({
        port: (server.address() as AddressInfo).port,
        openConnections: () => sockets.size,
        close: () =>
          new Promise((closed) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => {
              closed();
            });
          }),
      });
    });
  });
}
