/** Runs `work` for every item, at most `limit` at a time, in list order; resolves when all are done. */
export async function forEachBounded<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  // The workers share one iterator, so each item is taken by exactly one of them.
  const pending = items.values();
  const worker = async (): Promise<void> => {
    for (const item of pending) await work(item);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
