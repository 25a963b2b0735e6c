import type { FastifyReply } from 'fastify';
import type { Counter } from 'prom-client';
import type { AccessAnswer, CallerReads } from '../cluster/reader/cached-reads';

/** What a kept document depends on, of the reader that derives it (a SnapshotReader). */
export interface ViewReader {
  readonly cached?: Pick<CallerReads, 'stamp' | 'callerKey' | 'accessAnswers' | 'stillAnswers'>;
  readonly fromCachesOnly: boolean;
}

interface KeptDocument {
  /** The watch caches' stamp before the document was derived, and the moment it is about. */
  stamp: string;
  /** The access answers its reads relied on: asked again (remembered briefly) before every reuse. */
  answers: AccessAnswer[];
  body: Buffer;
}

const json = 'application/json; charset=utf-8';

/**
 * The big views' documents, serialized once and kept per caller (token) and view until the watch caches
 * they were derived from change. A kept document is sent again only while the caches' stamp is the same
 * and every access answer its reads relied on still holds, so RBAC decides as it does for a fresh read;
 * a document that needed any read from the API server is never kept.
 */
export class ViewDocuments {
  private readonly kept = new Map<string, KeptDocument>();

  constructor(
    private readonly outcomes: Counter<'view' | 'result'>,
    /** About one caller's three views each: the largest (2,000 nodes) is under 1 MB. */
    private readonly maxKept = 48,
  ) {}

  /**
   * Sends the view's document for the reader's caller: the kept one, or `derive()` serialized with the
   * route's response schema. `moment`: what else the document depends on (the second it is computed for).
   */
  async send(
    reply: FastifyReply,
    view: string,
    snapshot: ViewReader,
    derive: () => Promise<unknown>,
    moment = '',
  ): Promise<FastifyReply> {
    const reads = snapshot.cached;
    if (!reads) return reply.send(await derive());
    const key = `${reads.callerKey} ${view}`;
    const stamp = `${reads.stamp} ${moment}`;
    const kept = this.kept.get(key);
    if (kept?.stamp === stamp && (await reads.stillAnswers(kept.answers))) {
      this.outcomes.inc({ view, result: 'kept' });
      return reply.type(json).send(kept.body);
    }
    const serialized = reply.serialize(await derive());
    const body = Buffer.from(
      typeof serialized === 'string' ? serialized : new Uint8Array(serialized),
    );
    this.outcomes.inc({ view, result: 'derived' });
    this.kept.delete(key);
    if (snapshot.fromCachesOnly) {
      this.kept.set(key, { stamp, answers: reads.accessAnswers(), body });
      // Map order is insertion order: the first entries were derived longest ago.
      for (const [oldest] of this.kept) {
        if (this.kept.size <= this.maxKept) break;
        this.kept.delete(oldest);
      }
    }
    return reply.type(json).send(body);
  }
}
