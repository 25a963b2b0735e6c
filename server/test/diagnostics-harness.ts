// A local cluster on a scenario with a simulated Windows kubelet per Windows node, reachable
// through the real API server's node proxy, and the callers' KubeConfigs.
import type { KubeConfig } from '@kubernetes/client-node';
import { KubeClient } from '../../integration-tests/cluster/kube-client';
import {
  startLocalCluster,
  type LocalCluster,
} from '../../integration-tests/cluster/local-cluster';
import {
  startWindowsKubelets,
  type NodeLogShape,
  type WindowsKubeletFleet,
} from '../../integration-tests/windows-kubelets/windows-kubelet-fleet';
import { userKubeConfig } from '../src/cluster/api/user-kube-config';
import { ClusterReader } from '../src/cluster/reader/cluster-reader';

export interface DiagnosticsStack {
  cluster: LocalCluster;
  client: KubeClient;
  fleet: WindowsKubeletFleet;
  as(user: 'admin' | 'limited'): KubeConfig;
  /** A reader as the user, straight from the API server (as the BFF reads without its caches). */
  reader(user: 'admin' | 'limited'): ClusterReader;
  stop(): Promise<void>;
}

export async function startDiagnosticsStack(
  scenario: string,
  shapes: Record<string, NodeLogShape> = {},
): Promise<DiagnosticsStack> {
  const cluster = await startLocalCluster({ scenario });
  const client = new KubeClient({
    server: cluster.server,
    caData: cluster.caData,
    token: cluster.tokens.admin,
  });
  const fleet = await startWindowsKubelets(cluster, client, shapes);
  const as = (user: 'admin' | 'limited') =>
    userKubeConfig({ server: cluster.server, caPem: cluster.caData }, cluster.tokens[user]);
  return {
    cluster,
    client,
    fleet,
    as,
    reader: (user) => new ClusterReader(as(user)),
    async stop() {
      await fleet.stop();
      client.close();
      await cluster.stop();
    },
  };
}
