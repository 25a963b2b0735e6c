import path from 'node:path';
import { resolveClusterConnection, type ClusterConnection } from './cluster/cluster-connection';

export interface BffConfig {
  host: string;
  port: number;
  /** PEM paths of the serving certificate (service-ca in a cluster); plain HTTP without them. */
  tls?: { certFile: string; keyFile: string };
  /** The production plugin build served to the console; absent in API-only runs. */
  pluginDistDir: string;
  logLevel: string;
  cluster: ClusterConnection;
}

export function loadConfig(env: NodeJS.ProcessEnv): BffConfig {
  const port = Number(env.PORT ?? 9443);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT ${env.PORT} is not a port number`);
  const certFile = env.TLS_CERT_FILE;
  const keyFile = env.TLS_KEY_FILE;
  if (Boolean(certFile) !== Boolean(keyFile))
    throw new Error('Set both TLS_CERT_FILE and TLS_KEY_FILE, or neither');
  return {
    host: env.HOST ?? '127.0.0.1',
    port,
    tls: certFile && keyFile ? { certFile, keyFile } : undefined,
    pluginDistDir: path.resolve(env.PLUGIN_DIST_DIR ?? 'dist'),
    logLevel: env.LOG_LEVEL ?? 'info',
    cluster: resolveClusterConnection(env),
  };
}
