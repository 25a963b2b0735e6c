// Polls until a probe yields a value, for tests and start-up code that wait on eventually
// consistent state.
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Calls `probe` every `intervalMs` until it returns something other than undefined, and returns
 * that. A probe that throws counts as "not yet"; its last error is part of the timeout message.
 */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  { timeoutMs = 20_000, intervalMs = 100 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = ` (last error: ${(error as Error).message})`;
    }
    if (Date.now() >= deadline)
      throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}${lastError}`);
    await sleep(intervalMs);
  }
}
