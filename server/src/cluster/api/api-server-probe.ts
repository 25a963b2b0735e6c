import { request } from 'node:https';
import type { ClusterConnection } from './cluster-connection';

/**
 * Asks the API server's own /readyz (readable without credentials through system:public-info-viewer).
 * Resolves to a reason when it is not ready, or undefined when it is.
 */
export function probeApiServer(
  connection: ClusterConnection,
  timeoutMs = 2000,
): Promise<string | undefined> {
  return new Promise((resolve) => {
    const req = request(
      new URL('/readyz', connection.server),
      { ca: connection.caPem, timeout: timeoutMs },
      (res) => {
        res.resume();
        resolve(
          res.statusCode === 200 ? undefined : `API server /readyz answered ${res.statusCode}`,
        );
      },
    );
    req.on('timeout', () => {
      req.destroy(new Error(`no answer within ${String(timeoutMs)} ms`));
    });
    req.on('error', (error) => {
      // i18n-exempt: GET /readyz's detail, read by probes and operators, never shown in the console
      resolve(`API server unreachable: ${error.message}`);
    });
    req.end();
  });
}
