// TEST PEER: a host whose SSH port accepts TCP connections and then never sends a byte (a hung sshd, or
// a middlebox that completes the handshake for it). Whatever the client sends is read and ignored; a
// connection ends when the client closes it.
import { listenTcp, type TcpListener } from './tcp-listener';

export function startSilentSshPeer(address: string, port: number): Promise<TcpListener> {
  return listenTcp(address, port, (socket) => {
    socket.resume();
    socket.once('end', () => socket.destroy());
  });
}
