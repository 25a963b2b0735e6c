import type { FastifyReply } from 'fastify';
import type { Counter } from 'prom-client';
import type { AccessAnswer, CallerReads } from '../cluster/reader/cached-reads';

/** What a kept document depends on, of the reader that derives it (a ClusterReader). */
export interface ViewReader {
  readonly cached?: Pick<CallerReads, 'stamp' | 'callerKey' | 'accessAnswers' | 'stillAnswers'>;
  readonly fromCachesOnly: boolean;
}

interface KeptDocument {
  /** The watch caches' stamp before the document was derived, and the moment it is about. */
  stamp: string;
  /** When its derivation started (performance.now()). */
  startedAt: number;
  /** The access answers its reads relied on: asked again (remembered briefly) before every reuse. */
  answers: AccessAnswer[];
  body: Buffer;
}

const json = 'application/json; charset=utf-8';

/** A route's serializer (its response schema): a string, or bytes in some form. */
type Serialize = (value: unknown) => string | ArrayBuffer | Uint8Array;

export interface DocumentOptions {
  /** What else the document depends on: the second it is computed for. */
  moment?: string;
  /** Derived no earlier than this (performance.now()): what a stream woken by a change needs. */
  notBefore?: number;
  /** False (asked once derived): the document depends on more than the caches (DNS answers), so none is kept. */
  keep?: boolean | (() => boolean);
  /** Which document of a parameterised view (its path's values): kept apart from the others. */
  instance?: string;
}

/**
 * The big views' documents, serialized once and kept per caller (token) and view until the watch caches
 * they were derived from change. A kept document is sent again only while the caches' stamp is the same
 * and every access answer its reads relied on still holds, so RBAC decides as it does for a fresh read;
 * a document that needed any read from the API server is never kept.
 */
export class ViewDocuments {
  private readonly kept = new Map<string, KeptDocument>();
  private readonly deriving = new Map<
    string,
    { stamp: string; startedAt: number; body: Promise<Buffer> }
  >();

  constructor(
    /** Documents a GET sent: kept ones sent again, and derived ones. */
    private readonly outcomes: Counter<'view' | 'result'>,
    /** About one caller's three views each: the largest (2,000 nodes) is under 1 MB. */
    private readonly maxKept = 48,
    /** Every derivation, for a GET or for the live streams. */
    private readonly derivations?: Counter<'view'>,
  ) {}

  /**
   * Sends the view's document for the reader's caller: the kept one, or `derive()` serialized (by
   * default with the route's response schema).
   */
  async send(
    reply: FastifyReply,
    view: string,
    snapshot: ViewReader,
    derive: () => Promise<unknown>,
    options: DocumentOptions = {},
    serialize: Serialize = (value) => reply.serialize(value),
  ): Promise<FastifyReply> {
    const { body, kept } = await this.document(view, snapshot, derive, serialize, options);
    this.outcomes.inc({ view, result: kept ? 'kept' : 'derived' });
    return reply.type(json).send(body);
  }

  /**
   * The view's document for the reader's caller, serialized: the kept one, or one derived now. A
   * document derived before `options.notBefore` (performance.now()) is never reused: a live stream
   * woken by a change passes the moment it was woken.
   */
  async document(
    view: string,
    snapshot: ViewReader,
    derive: () => Promise<unknown>,
    serialize: Serialize,
    options: DocumentOptions = {},
  ): Promise<{ body: Buffer; kept: boolean }> {
    const { moment = '', notBefore = 0, keep = true, instance = '' } = options;
    const reads = snapshot.cached;
    const key = reads ? `${reads.callerKey} ${view} ${instance}` : '';
    const stamp = reads ? `${reads.stamp} ${moment}` : '';
    const fresh = (entry: { stamp: string; startedAt: number } | undefined) =>
      entry?.stamp === stamp && entry.startedAt >= notBefore;
    const kept = this.kept.get(key);
    if (
      reads &&
      keep !== false &&
      fresh(kept) &&
      kept &&
      (await reads.stillAnswers(kept.answers))
    ) {
      return { body: kept.body, kept: true };
    }
    // One derivation at a time per caller, view and stamp: who asks meanwhile gets its document.
    const running = this.deriving.get(key);
    if (reads && fresh(running) && running) return { body: await running.body, kept: true };
    const startedAt = performance.now();
    const body = this.derive(view, derive, serialize);
    if (!reads) return { body: await body, kept: false };
    this.deriving.set(key, { stamp, startedAt, body });
    try {
      await body;
    } finally {
      if (this.deriving.get(key)?.body === body) this.deriving.delete(key);
    }
    if (typeof keep === 'function' ? keep() : keep)
      this.keep(
        key,
        { stamp, startedAt, answers: reads.accessAnswers(), body: await body },
        snapshot,
      );
    return { body: await body, kept: false };
  }

  private async derive(
    view: string,
    derive: () => Promise<unknown>,
    serialize: Serialize,
  ): Promise<Buffer> {
    this.derivations?.inc({ view });
    const serialized = serialize(await derive());
    return Buffer.from(typeof serialized === 'string' ? serialized : new Uint8Array(serialized));
  }

  private keep(key: string, document: KeptDocument, snapshot: ViewReader): void {
    this.kept.delete(key);
    if (snapshot.fromCachesOnly) {
      this.kept.set(key, document);
      // Map order is insertion order: the first entries were derived longest ago.
      for (const [oldest] of this.kept) {
        if (this.kept.size <= this.maxKept) break;
        this.kept.delete(oldest);
      }
    }
  }
}
