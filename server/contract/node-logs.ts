import Type from 'typebox';
import { MessageOf, Verbatim, type Coded } from './messages';

/** The services WMCO runs on every Windows node whose logs the Logs view reads. */
export const ServiceLogId = Type.Enum([
  'kubelet',
  'containerd',
  'kube-proxy',
  'hybrid-overlay',
  'wicd',
  'windows_exporter',
  'csi-proxy',
]);
export type ServiceLogId = Type.Static<typeof ServiceLogId>;

export const ServiceLogParams = Type.Object({
  node: Type.String({ minLength: 1, maxLength: 253, pattern: '^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$' }),
  service: ServiceLogId,
});
export type ServiceLogParams = Type.Static<typeof ServiceLogParams>;

/** The largest log download (bytes of lines): a whole day of a busy kubelet. */
export const maxDownloadBytes = 256 * 1024 * 1024;
/** The most a view shows at once (bytes of lines), and its default. */
export const maxViewBytes = 16 * 1024 * 1024;
export const defaultViewBytes = 2 * 1024 * 1024;

/**
 * What a Logs view asks of one service's log, as a query string (numbers and flags as text: the BFF
 * coerces nothing).
 */
export const LogQuery = Type.Object(
  {
    /** The last N lines (of those selected), 1 to 100000; without it, from the start of the log. */
    tailLines: Type.Optional(Type.String({ pattern: '^([1-9][0-9]{0,4}|100000)$' })),
    /** Keep sending what is appended, until the client goes. */
    follow: Type.Optional(Type.Enum(['true', 'false'])),
    /** Only lines written in this window (RFC 3339). */
    sinceTime: Type.Optional(Type.String({ format: 'date-time' })),
    untilTime: Type.Optional(Type.String({ format: 'date-time' })),
    /** Case-insensitive text every line shown contains (plain text, not a pattern). */
    filter: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    /** Bytes of lines sent at most (then the cut is said), 1024 to maxDownloadBytes. */
    maxBytes: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{3,8}$' })),
  },
  { additionalProperties: false },
);
export type LogQuery = Type.Static<typeof LogQuery>;

/**
 * What stops a node log read:
 *   node-logs-forbidden: you may not read node logs (get nodes/proxy); `command` needs the same right.
 *   node-not-found: no such node.
 *   node-proxy-failed: the API server could not reach the node's kubelet, or refused otherwise
 *     (`message`: its own words).
 *   log-not-found: the node has none of the service's log files (`tried` lists them).
 */
export const nodeLogProblemCatalogue = {
  'node-logs-forbidden': Type.Object({
    node: Type.String(),
    resource: Type.Literal('nodes/proxy'),
    verb: Type.Literal('get'),
    command: Type.String(),
  }),
  'node-not-found': Type.Object({ node: Type.String() }),
  'node-proxy-failed': Type.Object({
    node: Type.String(),
    status: Type.Number(),
    message: Verbatim('the API server’s or kubelet’s answer'),
  }),
  'log-not-found': Type.Object({
    node: Type.String(),
    service: Type.String(),
    tried: Type.Array(Type.String()),
  }),
};
export type NodeLogProblemCatalogue = typeof nodeLogProblemCatalogue;
export const NodeLogProblem = MessageOf(nodeLogProblemCatalogue);
export type NodeLogProblem = Coded<NodeLogProblemCatalogue>;

/** Why a log read's query is refused; `field` names the query parameter. */
export const logQueryProblemCatalogue = {
  /** `maxBytes` above the most this route sends (`largest` bytes). */
  'log-max-bytes-too-large': Type.Object({ largest: Type.Number() }),
  'log-window-reversed': Type.Object({}),
};

const bytes = Type.Number();

/**
 * What a read left out, and why:
 *   before-tail: lines before the last N were not read (`fromByte` of `totalBytes` is where they start).
 *   before-window / after-window: bytes outside the time window were skipped.
 *   byte-cap: the read stopped at the cap (`shownBytes`); `unreadBytes` more were in the log.
 *   scan-cap: a filtered tail looked back `scannedBytes` without finding N matching lines.
 *   rotated: the file shrank while followed (rotated or truncated): reading restarted at its start.
 *   no-timestamps: the log's lines carry no time this reader knows, so the window was not applied.
 */
export const LogCut = Type.Union([
  Type.Object({
    code: Type.Literal('before-tail'),
    params: Type.Object({ fromByte: bytes, totalBytes: bytes }),
  }),
  Type.Object({ code: Type.Literal('before-window'), params: Type.Object({ fromByte: bytes }) }),
  Type.Object({
    code: Type.Literal('after-window'),
    params: Type.Object({ toByte: bytes, totalBytes: bytes }),
  }),
  Type.Object({
    code: Type.Literal('byte-cap'),
    params: Type.Object({ shownBytes: bytes, unreadBytes: Type.Optional(bytes) }),
  }),
  Type.Object({ code: Type.Literal('scan-cap'), params: Type.Object({ scannedBytes: bytes }) }),
  Type.Object({
    code: Type.Literal('rotated'),
    params: Type.Object({ previousBytes: bytes, currentBytes: bytes }),
  }),
  Type.Object({ code: Type.Literal('no-timestamps'), params: Type.Object({}) }),
]);
export type LogCut = Type.Static<typeof LogCut>;

/** Where a service's log is read from: a file below the node's log root, or the event log. */
export const LogSourceDocument = Type.Union([
  Type.Object({
    kind: Type.Literal('file'),
    path: Type.String(),
    size: Type.Number(),
    modified: Type.Optional(Type.String()),
  }),
  Type.Object({ kind: Type.Literal('event-log'), provider: Type.String() }),
]);
export type LogSourceDocument = Type.Static<typeof LogSourceDocument>;

/** One line of a log read's NDJSON stream, in order: source, then lines and cuts, then end. */
export type LogStreamLine =
  | { type: 'source'; source: LogSourceDocument }
  | { type: 'lines'; lines: string[] }
  | { type: 'cut'; cut: LogCut }
  | { type: 'problem'; problem: NodeLogProblem }
  | { type: 'end' };

export const LogFolderEntry = Type.Object({ name: Type.String(), folder: Type.Boolean() });
export type LogFolderEntry = Type.Static<typeof LogFolderEntry>;

/** A node's logs: the services' logs the view offers, and what the node's log root holds. */
export const NodeLogsResponse = Type.Object({
  node: Type.String(),
  services: Type.Array(
    Type.Object({
      service: ServiceLogId,
      provider: Type.String(),
      files: Type.Array(Type.String()),
    }),
  ),
  folders: Type.Array(LogFolderEntry),
});
export type NodeLogsResponse = Type.Static<typeof NodeLogsResponse>;
