import { KubeClient } from '../../integration-tests/cluster/kube-client';
import {
  startLocalCluster,
  type LocalCluster,
} from '../../integration-tests/cluster/local-cluster';
import { buildApp, type BffApp } from '../src/app';
import { userKubeConfig } from '../src/cluster/api/user-kube-config';
import { testConfig } from './test-config';

/** A local cluster seeded with a scenario, a BFF on it, and an admin client to change it. */
export interface BffOnCluster {
  cluster: LocalCluster;
  app: BffApp;
  admin: KubeClient;
  /** GET as a caller: the status and the JSON body. */
  get: <T>(url: string, token: string) => Promise<{ status: number; body: T }>;
  stop: () => Promise<void>;
}

export interface BffOnClusterOptions {
  /**
   * Run the watch caches, the shared one with the admin's token standing in for the BFF's service
   * account; without them every read goes to the API server.
   */
  watchCache?: boolean;
}

export async function startBffOnCluster(
  scenario: string,
  { watchCache = false }: BffOnClusterOptions = {},
): Promise<BffOnCluster> {
  const cluster = await startLocalCluster({ scenario });
  const connection = { server: cluster.server, caPem: cluster.caData };
  const app = await buildApp(
    testConfig({
      cluster: connection,
      ...(watchCache && {
        watchCache: { kubeConfig: userKubeConfig(connection, cluster.tokens.admin) },
      }),
    }),
  );
  const admin = new KubeClient({
    server: cluster.server,
    caData: cluster.caData,
    token: cluster.tokens.admin,
  });
  return {
    cluster,
    app,
    admin,
    get: async <T>(url: string, token: string) => {
      const response = await app.inject({
        method: 'GET',
        url,
        headers: { authorization: `Bearer ${token}` },
      });
      return { status: response.statusCode, body: response.json<T>() };
    },
    stop: async () => {
      admin.close();
      await app.close();
      await cluster.stop();
    },
  };
}
