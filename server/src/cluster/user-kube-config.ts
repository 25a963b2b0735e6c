import { KubeConfig } from '@kubernetes/client-node';
import type { ClusterConnection } from './cluster-connection';

/** A KubeConfig that acts as the requesting user: the cluster from configuration, the user's bearer token. */
export function userKubeConfig(connection: ClusterConnection, token: string): KubeConfig {
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromOptions({
    clusters: [
      {
        name: 'cluster',
        server: connection.server,
        caData: connection.caPem ? Buffer.from(connection.caPem).toString('base64') : undefined,
        skipTLSVerify: false,
      },
    ],
    users: [{ name: 'caller', token }],
    contexts: [{ name: 'caller', cluster: 'cluster', user: 'caller' }],
    currentContext: 'caller',
  });
  return kubeConfig;
}
