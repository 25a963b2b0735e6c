// Something listening on 10250 and 9182 of a test peer, as kubelet and windows_exporter would on a
// configured node: connections are accepted, then closed.
import { nodePorts } from '../../server/src/domain/byoh/node-ports';
import { listenTcp } from './tcp-listener';

export async function listenOnNodePorts(address: string): Promise<() => Promise<void>> {
  const listeners = await Promise.all(
    nodePorts.map(({ port }) => listenTcp(address, port, (socket) => socket.destroy())),
  );
  return async () => {
    await Promise.all(listeners.map((listener) => listener.close()));
  };
}
