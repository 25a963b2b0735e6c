// Something listening on 10250 and 9182 of a test peer, as kubelet and windows_exporter would on a
// configured node: connections are accepted, then closed.
import { createServer, type Server } from 'node:net';
import { nodePorts } from '../../server/src/domain/byoh/node-ports';

function listen(address: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer((socket) => socket.destroy());
    server.once('error', reject);
    server.listen(port, address, () => {
      resolve(server);
    });
  });
}

export async function listenOnNodePorts(address: string): Promise<() => Promise<void>> {
  const servers = await Promise.all(nodePorts.map(({ port }) => listen(address, port)));
  return async () => {
    await Promise.all(
      servers.map(
        (server) =>
          new Promise<void>((resolve) =>
            server.close(() => {
              resolve();
            }),
          ),
      ),
    );
  };
}
