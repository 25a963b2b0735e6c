// Part of the Machine API simulator (a TEST DOUBLE, never part of the product): the kubelet of a
// simulated Windows node finishing the pods the API server is deleting on it. A pod evicted or
// deleted with a grace period keeps its deletionTimestamp until its node's kubelet has stopped its
// containers and deletes it for good; no kubelet runs here, so this does it a moment later.
import type { V1Pod } from '@kubernetes/client-node';
import { ignoreStatus } from '../kube-client';
import { resourcePath, resources } from '../resources';
import type { SimulatorContext } from './behaviour';
import type { Node } from './machine-api-objects';

/** How long the containers take to stop. */
const STOP_MS = 1000;

export async function finishTerminatingPod(pod: V1Pod, context: SimulatorContext): Promise<void> {
  const node = pod.spec?.nodeName;
  const deleting = pod.metadata?.deletionTimestamp;
  if (!node || !deleting || !pod.metadata?.name) return;
  const wait =
    new Date(deleting).getTime() -
    (pod.metadata.deletionGracePeriodSeconds ?? 0) * 1000 +
    STOP_MS -
    Date.now();
  if (wait > 0) {
    context.requeueAfter(wait);
    return;
  }
  const { client } = context;
  const host = await client.get<Node>(resources.nodes, node).catch(ignoreStatus(404));
  // Pods on Linux nodes are no business of the Windows kubelet; on a deleted node, of nobody's.
  if (host?.metadata.labels?.['kubernetes.io/os'] !== 'windows') return;
  const at = { name: pod.metadata.name, namespace: pod.metadata.namespace };
  await client
    .request('DELETE', `${resourcePath(resources.pods, at)}?gracePeriodSeconds=0`)
    .catch(ignoreStatus(404));
  context.log(`Pod ${at.namespace ?? ''}/${at.name} stopped on Windows node ${node}`);
}
