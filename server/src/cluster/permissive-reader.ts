import { ApiException } from '@kubernetes/client-node';

/**
 * Reads with the caller's token and turns "you may not read this" into a note instead of a failure:
 * a page shows what the caller can see, and says what it could not. A missing object reads as undefined.
 */
export class PermissiveReader {
  readonly unreadable = new Set<string>();
  /** Reads sent to the API server so far. */
  liveReads = 0;

  async read<T>(resource: string, call: () => Promise<T>): Promise<T | undefined> {
    this.liveReads += 1;
    try {
      return await call();
    } catch (error) {
      if (error instanceof ApiException) {
        if (error.code === 403) {
          this.unreadable.add(resource);
          return undefined;
        }
        if (error.code === 404) return undefined;
      }
      throw error;
    }
  }
}
