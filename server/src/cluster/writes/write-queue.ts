/**
 * Runs the writes to one object one after another within this replica. Concurrent admins then meet as a
 * queue instead of a storm of conflicting writes; the resourceVersion precondition still guards against
 * other replicas and other clients. Nothing is remembered once a write is done.
 */
export class WriteQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, write: () => Promise<T>): Promise<T> {
    const result = (this.tails.get(key) ?? Promise.resolve()).then(write, write);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
