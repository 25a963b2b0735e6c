import { createHash } from 'node:crypto';
import type { KubernetesObject } from '@kubernetes/client-node';

/** The stored form's content but its resourceVersion, which every update moves. */
function digestOf({ metadata, ...rest }: KubernetesObject): string {
  const { resourceVersion: _moved, ...kept } = metadata ?? {};
  return createHash('sha1')
    .update(JSON.stringify({ ...rest, metadata: kept }))
    .digest('base64');
}

/**
 * Tells a watch's updates that change nothing the cache keeps (a DaemonSet's status as its pods roll, a
 * Machine's provider status, a Node's image list) from real changes, so that they wake no view. Knows
 * only objects it saw updated since the watch started: after a fresh list, each one's first update
 * counts as a change.
 */
export class UnchangedUpdates {
  private readonly digests = new Map<string, string>();

  /** A new watch: the objects may have been listed afresh, so nothing seen before is known to be held. */
  restart(): void {
    this.digests.clear();
  }

  /** Whether this event, of an object in its stored form, leaves the object as the cache holds it. */
  unchanged(phase: string, stored: KubernetesObject): boolean {
    const uid = stored.metadata?.uid;
    if (uid === undefined) return false;
    if (phase === 'DELETED') {
      this.digests.delete(uid);
      return false;
    }
    const digest = digestOf(stored);
    const previous = this.digests.get(uid);
    this.digests.set(uid, digest);
    return phase === 'MODIFIED' && previous === digest;
  }
}
