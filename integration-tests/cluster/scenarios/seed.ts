// Helpers shared by scenario seeds.
import type { KubernetesObject, V1ObjectMeta } from '@kubernetes/client-node';
import type { KubeClient } from '../kube-client';
import type { ResourceType } from '../resources';

/**
 * Creates an object of a kind with a status subresource, then writes its status there: the API
 * server drops `status` on create for such kinds, exactly as on a real cluster.
 */
export async function createWithStatus(
  client: KubeClient,
  resource: ResourceType,
  object: KubernetesObject & { status: object } & Record<string, unknown>,
): Promise<StoredObject> {
  const { status, ...rest } = object;
  const created = await client.create(resource, rest);
  return (await client.updateStatus(resource, { ...created, status })) as StoredObject;
}

/** An object as the API server returns it: name and uid always set. */
export interface StoredObject extends KubernetesObject {
  metadata: V1ObjectMeta & { name: string; uid: string };
}

/** `key=value,…` of a label map, as a label selector or a MachineSet's status.labelSelector. */
export function labelSelector(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([key, value]) => `${key}=${value}`)
    .join(',');
}

/**
 * An RFC 3339 timestamp (whole seconds, as Kubernetes writes them) the given number of seconds ago.
 */
export function timestampSecondsAgo(seconds: number): string {
  return new Date(Date.now() - seconds * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
}
