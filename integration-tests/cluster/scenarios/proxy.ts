// aws-fresh behind a cluster-wide egress proxy (Proxy "cluster" with spec and the network
// operator's status): unsupported by WMCO 7.x, supported by current releases.
import type { KubeClient } from '../kube-client';
import { awsFresh } from './aws-fresh';
import { seedOpenShiftCluster, type ProxyShape } from './openshift-cluster';

export const clusterProxy: ProxyShape = {
  httpProxy: 'http://proxy.winlab.example:3128',
  httpsProxy: 'http://proxy.winlab.example:3128',
  noProxy: '.winlab.example.com,10.0.0.0/16',
};

export function seedProxy(client: KubeClient): Promise<void> {
  return seedOpenShiftCluster(client, { ...awsFresh, proxy: clusterProxy });
}
