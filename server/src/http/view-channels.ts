import type { ServerResponse } from 'node:http';
import { Watch, type KubeConfig } from '@kubernetes/client-node';
import type { FastifyBaseLogger } from 'fastify';
import { tokenRefused } from '../cluster/api/identity-cache';
import { tokenKey } from '../cluster/api/token-key';
import { kindKey, listPath, type Kind } from '../cluster/kinds';
import type { CachedReads } from '../cluster/reader/cached-reads';
import { remembered } from '../cluster/reader/remembered';
import { ClusterReader, type LiveRead } from '../cluster/reader/cluster-reader';
import type { ErrorMessage } from '../../contract/errors';
import { kubernetesFailure } from '../errors/kubernetes-failure';

/** One view's document for one caller, as a live stream needs it. */
export interface StreamedView {
  name: string;
  /** Which document of a parameterised view (its path's values): a channel of its own. */
  instance?: string;
  /** Derive again this often even without a change: the document moves with the clock. */
  refreshMs?: number;
  /** The kinds whose changes may change the document. */
  kinds: readonly Kind[];
  /** The document now: kept, or derived from `reader`; never one derived before `notBefore`. */
  document: (reader: ClusterReader, notBefore: number) => Promise<{ body: Buffer; kept: boolean }>;
}

export interface ChannelTiming {
  /** Collapses a burst of changes (a node update touches several objects) into one derivation. */
  debounceMs: number;
  /** Keep-alive comments, and the check that the caller's token is still accepted. */
  heartbeatMs: number;
  retryDelayMs: number;
}

const defaultTiming: ChannelTiming = { debounceMs: 200, heartbeatMs: 15_000, retryDelayMs: 2000 };

/** The event that ends every stream of a caller whose token the API server no longer accepts. */
const expired: ErrorMessage = { code: 'token-rejected', params: {} };
const expiredEvent = `event: expired\ndata: ${JSON.stringify(expired)}\n\n`;

/**
 * Every open stream of one view for one caller. It wakes on the watch caches' own change events (of
 * the view's kinds), and on watches of its own, with the caller's token, for what its last derivation
 * had to read from the API server; it derives once per change for all its streams and sends each
 * stream the document when it differs from what that stream has. Once the caller's token is refused
 * (asked at every heartbeat, and seen on any read), it ends them with an `expired` event: a page must
 * not go on showing what it last got as live.
 */
class ViewChannel {
  /** Each open stream and the last document it was sent. */
  private readonly streams = new Map<ServerResponse, Buffer | undefined>();
  private readonly watches = new Map<string, AbortController>();
  private readonly stopListening: () => void;
  private readonly heartbeat: NodeJS.Timeout;
  private readonly refresher: NodeJS.Timeout | undefined;
  private readonly wakingKinds: ReadonlySet<string>;
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private again = false;
  private closed = false;
  /** When the last change woke the channel: documents derived before it are not sent. */
  private wokenAt = 0;

  constructor(
    private readonly view: StreamedView,
    private readonly caller: KubeConfig,
    private readonly caches: CachedReads | undefined,
    private readonly log: FastifyBaseLogger,
    private readonly timing: ChannelTiming,
    private readonly onClose: () => void,
  ) {
    this.wakingKinds = new Set(view.kinds.map(kindKey));
    this.stopListening =
      caches?.onChange(caller, (kind) => {
        if (this.wakingKinds.has(kind)) this.wake();
      }) ?? (() => undefined);
    this.heartbeat = setInterval(() => {
      caches?.keepOpen(caller);
      for (const stream of this.streams.keys()) stream.write(': keep-alive\n\n');
      void tokenRefused(caller).then((refused) => {
        if (refused) this.expire();
      });
    }, timing.heartbeatMs);
    this.refresher = view.refreshMs
      ? setInterval(() => {
          this.wake();
        }, view.refreshMs)
      : undefined;
  }

  join(stream: ServerResponse): void {
    this.streams.set(stream, undefined);
    stream.on('close', () => {
      this.streams.delete(stream);
      if (this.streams.size === 0) this.close();
    });
    // At once: the new stream gets the document now (the kept one while nothing changed).
    void this.refresh();
  }

  private wake(): void {
    this.wokenAt = performance.now();
    if (this.closed || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, this.timing.debounceMs);
  }

  private async refresh(): Promise<void> {
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      const reader = new ClusterReader(this.caller, this.caches);
      const { body, kept } = await this.view.document(reader, this.wokenAt);
      if (!kept) this.watchLiveReads(reader.liveReads());
      this.sendAll('snapshot', body);
    } catch (error) {
      const failure = kubernetesFailure(error);
      if (failure?.statusCode === 401) {
        this.expire();
        return;
      }
      if (!failure) this.log.error({ err: error }, 'live document failed');
      const problem: ErrorMessage = failure?.coded ?? { code: 'view-failed', params: {} };
      this.sendAll('problem', Buffer.from(JSON.stringify(problem)));
    } finally {
      this.running = false;
      if (this.again) {
        this.again = false;
        void this.refresh();
      }
    }
  }

  private sendAll(event: 'snapshot' | 'problem', body: Buffer): void {
    if (this.closed) return;
    // One frame for every stream that needs it: a hundred open tabs cost a hundred writes, not a
    // hundred copies of the document. Streams that were sent the same document are compared with the new
    // one once, not once each.
    let frame: Buffer | undefined;
    const unchanged = new Map<Buffer, boolean>();
    for (const [stream, last] of this.streams) {
      if (event === 'snapshot' && last && remembered(unchanged, last, () => last.equals(body)))
        continue;
      frame ??= Buffer.concat([Buffer.from(`event: ${event}\ndata: `), body, Buffer.from('\n\n')]);
      stream.write(frame);
      // After a problem, the next document is sent even if it equals the one before.
      this.streams.set(stream, event === 'snapshot' ? body : undefined);
    }
  }

  /** Watches, as the caller, exactly what the last derivation read from the API server. */
  private watchLiveReads(reads: readonly LiveRead[]): void {
    const wanted = new Map(reads.map((read) => [JSON.stringify(read), read]));
    for (const [key, controller] of this.watches) {
      if (wanted.has(key)) continue;
      controller.abort();
      this.watches.delete(key);
    }
    for (const [key, read] of wanted) {
      if (!this.watches.has(key)) void this.startWatch(key, read);
    }
  }

  private async startWatch(key: string, { kind, selection }: LiveRead): Promise<void> {
    if (this.closed) return;
    const placeholder = new AbortController();
    this.watches.set(key, placeholder);
    const { labelSelector, fieldSelector } = selection;
    const retry = (delayMs: number) =>
      setTimeout(() => {
        if (this.watches.get(key) !== placeholder) return;
        this.watches.delete(key);
        void this.startWatch(key, { kind, selection });
      }, delayMs);
    try {
      const controller = await new Watch(this.caller).watch(
        listPath(kind, selection.namespace),
        { labelSelector, fieldSelector },
        () => {
          this.wake();
        },
        (error: unknown) => {
          if (!this.watching(key, placeholder)) return;
          // A dropped watch (API server restart, timeout) may have missed changes: derive, then rewatch.
          this.wake();
          retry(error ? this.timing.retryDelayMs : 0);
        },
      );
      if (this.watching(key, placeholder)) {
        placeholder.signal.addEventListener('abort', () => {
          controller.abort();
        });
      } else controller.abort();
    } catch (error) {
      const status = kubernetesFailure(error)?.statusCode;
      // What the caller may not watch (or what is not there) cannot wake the view: not retried.
      if (status !== 403 && status !== 404) retry(this.timing.retryDelayMs);
    }
  }

  /** Whether this watch is still wanted (the channel is open and has not replaced it). */
  private watching(key: string, handle: AbortController): boolean {
    return !this.closed && this.watches.get(key) === handle;
  }

  /** Ends every stream with the `expired` event; the channel closes with them. */
  private expire(): void {
    if (this.closed) return;
    this.log.info({ view: this.view.name }, 'token refused: live streams ended');
    const streams = [...this.streams.keys()];
    this.close();
    for (const stream of streams) stream.end(expiredEvent);
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.heartbeat);
    clearInterval(this.refresher);
    clearTimeout(this.timer);
    this.stopListening();
    for (const controller of this.watches.values()) controller.abort();
    this.watches.clear();
    this.onClose();
  }
}

/** The live views' channels, one per caller (token) and view while any stream of it is open. */
export class ViewChannels {
  private readonly channels = new Map<string, ViewChannel>();

  constructor(
    private readonly caches: CachedReads | undefined,
    private readonly timing: ChannelTiming = defaultTiming,
  ) {}

  /** Serves the view's document on `stream` as server-sent events until the client goes. */
  join(
    view: StreamedView,
    caller: KubeConfig,
    stream: ServerResponse,
    log: FastifyBaseLogger,
  ): void {
    const key = `${tokenKey(caller.getCurrentUser()?.token ?? '')} ${view.name} ${view.instance ?? ''}`;
    let channel = this.channels.get(key);
    if (!channel) {
      channel = new ViewChannel(view, caller, this.caches, log, this.timing, () => {
        this.channels.delete(key);
      });
      this.channels.set(key, channel);
    }
    channel.join(stream);
  }
}
