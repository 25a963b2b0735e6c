// What the diagnostics scenarios share: an AWS cluster with WMCO 10.22.0 installed, Windows workers
// of the scenario's choosing, and the stuck Machines, events and CSRs each known cause leaves.
import type { KubeClient } from '../kube-client';
import type { ResourceType } from '../resources';
import { resources } from '../resources';
import { USER_DATA_SECRET } from '../simulators/wmco';
import { kubeletClientCsr } from '../../windows-kubelets/kubelet-csr';
import { AWS_INFRASTRUCTURE_NAME, seedAwsFresh } from './aws-fresh';
import { MACHINE_API_NAMESPACE, machineLabels } from './openshift-cluster';
import { createWithStatus, timestampSecondsAgo } from './seed';
import {
  seedWindowsWorkers,
  seedWmcoInstallation,
  windowsMachineSet,
  wmcoInstalledWithNodes,
  type WindowsNodeTruth,
} from './wmco-installed-with-nodes';

const certificateSigningRequests: ResourceType = {
  group: 'certificates.k8s.io',
  version: 'v1',
  plural: 'certificatesigningrequests',
  namespaced: false,
};

/** The cluster every diagnostics scenario starts from, with these Windows workers. */
export async function seedDiagnosticsCluster(
  client: KubeClient,
  nodes: WindowsNodeTruth[],
  pendingByohEntries: Record<string, string> = {},
): Promise<void> {
  await seedAwsFresh(client);
  await seedWmcoInstallation(client, {
    approval: 'Automatic',
    version: wmcoInstalledWithNodes.version,
    fullVersions: [wmcoInstalledWithNodes.fullVersion],
  });
  await seedWindowsWorkers(client, nodes, { pendingByohEntries });
}

/**
 * A Windows Machine whose instance runs but whose Node never registered (the Machine API simulator
 * leaves a Running Machine without a Node alone), with WMCO's events about it.
 */
export async function seedStuckMachine(
  client: KubeClient,
  suffix: string,
  events: { reason: string; message: string; secondsAgo: number }[],
): Promise<string> {
  const name = `${windowsMachineSet.name}-${suffix}`;
  await createWithStatus(client, resources.machines, {
    apiVersion: 'machine.openshift.io/v1beta1',
    kind: 'Machine',
    metadata: {
      name,
      namespace: MACHINE_API_NAMESPACE,
      labels: machineLabels(AWS_INFRASTRUCTURE_NAME, windowsMachineSet),
    },
    spec: { providerSpec: windowsMachineSet.providerSpec },
    status: { phase: 'Running', lastUpdated: timestampSecondsAgo(1500) },
  });
  for (const [index, event] of events.entries()) {
    const at = timestampSecondsAgo(event.secondsAgo);
    await client.create(resources.events, {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: `${name}.${String(index)}`, namespace: MACHINE_API_NAMESPACE },
      involvedObject: {
        apiVersion: 'machine.openshift.io/v1beta1',
        kind: 'Machine',
        namespace: MACHINE_API_NAMESPACE,
        name,
      },
      reason: event.reason,
      message: event.message,
      type: event.reason.endsWith('Failure') ? 'Warning' : 'Normal',
      source: { component: 'windowsmachine' },
      firstTimestamp: at,
      lastTimestamp: at,
      count: 1,
    });
  }
  return name;
}

/** A kubelet's bootstrap CSR for `nodeName`, left pending. */
export async function seedPendingCsr(
  client: KubeClient,
  nodeName: string,
  name: string,
): Promise<void> {
  await client.create(certificateSigningRequests, kubeletClientCsr(nodeName, name));
}

/** WMCO's events live in its namespace; the windows-user-data Secret in the Machine API's. */
export async function deleteUserDataSecret(client: KubeClient): Promise<void> {
  await client.request(
    'DELETE',
    `/api/v1/namespaces/${MACHINE_API_NAMESPACE}/secrets/${USER_DATA_SECRET}`,
  );
}
