import { setTimeout as sleep } from 'node:timers/promises';
import { ApiException } from '@kubernetes/client-node';

/**
 * One retry policy for every read-modify-write: up to 60 attempts, the first retry at once, then
 * jittered exponential backoff capped at 200 ms. Writes of this replica to one object queue up first,
 * so a conflict is always another replica's or another client's write: each one means that writer made
 * progress, and the loop ends soon after they stop. The bound only guards against a livelock; a
 * smaller one would lose an admin's BYOH entry under two replicas' load (100 concurrent edits are
 * tested), and a view's record (the upgrade timeline) waits no longer than it would for that entry.
 */
const maxAttempts = 60;

/** Whether the API server answered with this HTTP status. */
export function isStatus(error: unknown, code: number): boolean {
  return error instanceof ApiException && error.code === code;
}

/**
 * Runs `attempt` on the object as read (`known` first, when given), again on a fresh read whenever the
 * API server answers 409 (the write's resourceVersion precondition failed). `attempt` resolves to
 * whether it wrote anything.
 */
export async function retryOnConflict<T>(
  read: () => Promise<T>,
  attempt: (current: T) => Promise<boolean>,
  known?: { current: T },
): Promise<boolean> {
  let current = known ? known.current : await read();
  for (let tries = 1; ; tries += 1) {
    try {
      return await attempt(current);
    } catch (error) {
      if (!isStatus(error, 409) || tries >= maxAttempts) throw error;
      if (tries > 1) await sleep(Math.random() * Math.min(200, 5 * 2 ** tries));
      current = await read();
    }
  }
}
