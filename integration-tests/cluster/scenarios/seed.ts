// Helpers shared by scenario seeds.
import type { KubernetesObject } from '@kubernetes/client-node';
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
): Promise<void> {
  const { status, ...rest } = object;
  const created = await client.create(resource, rest);
  await client.updateStatus(resource, { ...created, status });
}

/**
 * An RFC 3339 timestamp (whole seconds, as Kubernetes writes them) the given number of seconds ago.
 */
export function timestampSecondsAgo(seconds: number): string {
  return new Date(Date.now() - seconds * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
}
