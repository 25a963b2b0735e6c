import type { KeyResolution } from '../../domain/byoh/entry-judgement';
import { keysToResolve } from '../../domain/byoh/entry-judgement';
import type { InstanceEntry } from '../../domain/byoh/instance-entry';
import type { HostResolver } from '../../ssh/host-resolver';

/**
 * The `windows-instances` keys looked up as WMCO looks them up, for the one judgement the Overview and
 * the BYOH page share. `looked` is false when no key needed a lookup (IPv4 literals only): then the
 * verdict depends on the cluster alone.
 */
export async function resolveInstanceKeys(
  entries: readonly InstanceEntry[],
  resolver: HostResolver,
): Promise<{ resolution: KeyResolution; looked: boolean }> {
  const keys = keysToResolve(entries);
  const answers = await Promise.all(keys.map((key) => resolver.ipv4(key)));
  return {
    resolution: new Map(keys.map((key, index) => [key, answers[index] ?? []])),
    looked: keys.length > 0,
  };
}
