// Test support: subscribe a namespace to the windows-machine-config-operator package the way the
// console's install flow does, and wait for the resulting ClusterServiceVersion (driven by the OLM
// simulator) to reach a phase.
import type { KubernetesObject } from '@kubernetes/client-node';
import type { KubeClient } from './kube-client';
import { resources } from './resources';
import { MARKETPLACE_NAMESPACE, WMCO_PACKAGE } from './scenarios/marketplace';
import { waitFor } from './wait-for';

export const WMCO_CSV = `${WMCO_PACKAGE}.v10.22.0`; // head of the seeded "stable" channel

export interface OlmObject extends KubernetesObject {
  spec?: { approved?: boolean };
  status?: {
    phase?: string;
    reason?: string;
    message?: string;
    state?: string;
    installedCSV?: string;
  };
}

/**
 * Creates the namespace (with the monitoring label of guide 4.2), an OperatorGroup targeting it and
 * a Subscription to WMCO's stable channel.
 */
export async function subscribeToWmco(
  client: KubeClient,
  namespace: string,
  approval: 'Automatic' | 'Manual',
): Promise<void> {
  await client.create(resources.namespaces, {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name: namespace, labels: { 'openshift.io/cluster-monitoring': 'true' } },
  });
  await client.create(resources.operatorGroups, {
    apiVersion: 'operators.coreos.com/v1',
    kind: 'OperatorGroup',
    metadata: { name: namespace, namespace },
    spec: { targetNamespaces: [namespace] },
  });
  await client.create(resources.subscriptions, {
    apiVersion: 'operators.coreos.com/v1alpha1',
    kind: 'Subscription',
    metadata: { name: WMCO_PACKAGE, namespace },
    spec: {
      name: WMCO_PACKAGE,
      source: 'redhat-operators',
      sourceNamespace: MARKETPLACE_NAMESPACE,
      channel: 'stable',
      installPlanApproval: approval,
    },
  });
}

export function waitForCsvPhase(
  client: KubeClient,
  namespace: string,
  phase: string,
  timeoutMs = 20_000,
): Promise<OlmObject> {
  return waitFor(
    `CSV ${namespace}/${WMCO_CSV} to reach ${phase}`,
    async () => {
      const csv = await client.get<OlmObject>(
        resources.clusterServiceVersions,
        WMCO_CSV,
        namespace,
      );
      return csv.status?.phase === phase ? csv : undefined;
    },
    { timeoutMs },
  );
}
