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
import { userKubeConfig } from '../src/cluster/user-kube-config';

export interface DiagnosticsStack {
  cluster: LocalCluster;
  client: KubeClient;
  fleet: WindowsKubeletFleet;
  as(user: 'admin' | 'limited'): KubeConfig;
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
  return {
    cluster,
    client,
    fleet,
    as: (user) =>
      userKubeConfig({ server: cluster.server, caPem: cluster.caData }, cluster.tokens[user]),
    async stop() {
      await fleet.stop();
      client.close();
      await cluster.stop();
    },
  };
}
