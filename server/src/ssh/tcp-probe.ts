import { connect } from 'node:net';
import type { PortProbe } from '../domain/byoh/node-ports';

/** Opens and closes one TCP connection: accepted, refused (the host answered), or nothing in time. */
export function probeTcp(host: string, port: number, timeoutMs: number): Promise<PortProbe> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: timeoutMs });
    const done = (probe: PortProbe) => {
      socket.destroy();
      resolve(probe);
    };
    socket.once('connect', () => {
      done('open');
    });
    socket.once('timeout', () => {
      done('filtered');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => {
      done(error.code === 'ECONNREFUSED' ? 'closed' : 'filtered');
    });
  });
}
