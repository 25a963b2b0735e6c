import { readFileSync, existsSync } from 'node:fs';
import { KubeConfig } from '@kubernetes/client-node';

/** Where the API server is and how to trust it: never whose credentials to use (that is always the caller's). */
export interface ClusterConnection {
  server: string;
  caPem?: string;
}

const inClusterCaPath = '/var/run/secrets/kubernetes.io/serviceaccount/ca.crt';

/** A kubeconfig's current cluster when KUBECONFIG is set (local runs), else the in-cluster service. */
export function resolveClusterConnection(env: NodeJS.ProcessEnv): ClusterConnection {
  if (env.KUBECONFIG) {
    const kubeConfig = new KubeConfig();
    kubeConfig.loadFromFile(env.KUBECONFIG);
    const cluster = kubeConfig.getCurrentCluster();
    if (!cluster) throw new Error(`KUBECONFIG ${env.KUBECONFIG} has no current cluster`);
    const caPem = cluster.caData
      ? Buffer.from(cluster.caData, 'base64').toString('utf8')
      : cluster.caFile
        ? readFileSync(cluster.caFile, 'utf8')
        : undefined;
    return { server: cluster.server, caPem };
  }
  const host = env.KUBERNETES_SERVICE_HOST;
  if (!host) throw new Error('Set KUBECONFIG, or run inside a cluster (KUBERNETES_SERVICE_HOST)');
  const port = env.KUBERNETES_SERVICE_PORT ?? '443';
  return {
    server: `https://${host.includes(':') ? `[${host}]` : host}:${port}`,
    caPem: existsSync(inClusterCaPath) ? readFileSync(inClusterCaPath, 'utf8') : undefined,
  };
}
