import { existsSync } from 'node:fs';
import path from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { resolveClusterConnection, type ClusterConnection } from './cluster/api/cluster-connection';
import { userKubeConfig } from './cluster/api/user-kube-config';
import type { ConsoleVersionSource } from './http/console-build';
import { byohSettingsFromEnv, type ByohSettings } from './ssh/byoh-settings';

export interface BffConfig {
  host: string;
  port: number;
  /** PEM paths of the serving certificate (service-ca in a cluster); plain HTTP without them. */
  tls?: { certFile: string; keyFile: string };
  /** The production plugin builds, one folder per console line; absent in API-only runs. */
  pluginDistDir: string;
  /** How the BFF learns the cluster's OpenShift version, to serve its console's build; the newest without. */
  consoleVersion?: ConsoleVersionSource;
  logLevel: string;
  cluster: ClusterConnection;
  /** DNS, SSH port and timeouts for BYOH hosts; the defaults when absent. */
  byoh?: ByohSettings;
  /**
   * The BFF's own identity for the shared watch cache (never for acting on a user's behalf). Absent:
   * every read goes to the API server with the caller's token.
   */
  watchCache?: { kubeConfig: KubeConfig };
}

const serviceAccountToken = '/var/run/secrets/kubernetes.io/serviceaccount/token';

/**
 * The BFF's own identity. In a cluster: the service account (client-node re-reads its rotating token).
 * Locally: WATCH_CACHE_TOKEN.
 */
function ownIdentity(env: NodeJS.ProcessEnv, cluster: ClusterConnection): KubeConfig | undefined {
  if (env.WATCH_CACHE_TOKEN) return userKubeConfig(cluster, env.WATCH_CACHE_TOKEN);
  if (env.KUBERNETES_SERVICE_HOST && !env.KUBECONFIG && existsSync(serviceAccountToken)) {
    const kubeConfig = new KubeConfig();
    kubeConfig.loadFromCluster();
    return kubeConfig;
  }
  return undefined;
}

export function loadConfig(env: NodeJS.ProcessEnv): BffConfig {
  const port = Number(env.PORT ?? 9443);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT ${env.PORT} is not a port number`);
  const certFile = env.TLS_CERT_FILE;
  const keyFile = env.TLS_KEY_FILE;
  if (Boolean(certFile) !== Boolean(keyFile))
    throw new Error('Set both TLS_CERT_FILE and TLS_KEY_FILE, or neither');
  const cluster = resolveClusterConnection(env);
  const identity = ownIdentity(env, cluster);
  return {
    host: env.HOST ?? '127.0.0.1',
    port,
    tls: certFile && keyFile ? { certFile, keyFile } : undefined,
    pluginDistDir: path.resolve(env.PLUGIN_DIST_DIR ?? 'dist'),
    // OPENSHIFT_VERSION: a BFF without a service account serves the build of that version's console.
    consoleVersion: env.OPENSHIFT_VERSION
      ? { openshiftVersion: env.OPENSHIFT_VERSION }
      : identity && { kubeConfig: identity },
    logLevel: env.LOG_LEVEL ?? 'info',
    cluster,
    byoh: byohSettingsFromEnv(env),
    watchCache: identity && env.WATCH_CACHE !== 'off' ? { kubeConfig: identity } : undefined,
  };
}
