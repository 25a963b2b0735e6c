// aws-fresh, but installed with OpenShift SDN instead of OVN-Kubernetes: no hybrid networking is
// possible, and the network type can only be chosen at install time (guide 2.8, 4.12 era).
import type { KubeClient } from '../kube-client';
import { awsFresh } from './aws-fresh';
import { seedOpenShiftCluster } from './openshift-cluster';

export function seedSdn(client: KubeClient): Promise<void> {
  return seedOpenShiftCluster(client, { ...awsFresh, network: { type: 'OpenShiftSDN' } });
}
