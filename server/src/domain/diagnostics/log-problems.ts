/**
 * What can stop or shorten a node log read, as codes with parameters (the plugin words them).
 *   node-logs-forbidden: you may not read node logs (needs get on nodes/proxy; `command` needs the same).
 *   node-not-found: no such node.
 *   node-proxy-failed: the API server could not reach the node's kubelet, or refused the request
 *     otherwise (its own words in `message`).
 *   log-not-found: the node has none of the service's log files (`tried` lists them).
 */
export type NodeLogProblem =
  | {
      code: 'node-logs-forbidden';
      params: { node: string; resource: 'nodes/proxy'; verb: 'get'; command: string };
    }
  | { code: 'node-not-found'; params: { node: string } }
  | { code: 'node-proxy-failed'; params: { node: string; status: number; message: string } }
  | { code: 'log-not-found'; params: { node: string; service: string; tried: string[] } };

/**
 * What a read left out, and why.
 *   before-tail: lines before the last N were not read (`fromByte` of `totalBytes` is where they start).
 *   before-window / after-window: bytes outside the time window were skipped.
 *   byte-cap: the read stopped at the cap (`shownBytes`); `unreadBytes` more were in the log.
 *   scan-cap: a filtered tail looked back `scannedBytes` without finding N matching lines.
 *   rotated: the file shrank while followed (rotated or truncated): reading restarted at its start.
 *   no-timestamps: the log's lines carry no time this reader knows, so the window was not applied.
 */
export type LogCut =
  | { code: 'before-tail'; params: { fromByte: number; totalBytes: number } }
  | { code: 'before-window'; params: { fromByte: number } }
  | { code: 'after-window'; params: { toByte: number; totalBytes: number } }
  | { code: 'byte-cap'; params: { shownBytes: number; unreadBytes?: number } }
  | { code: 'scan-cap'; params: { scannedBytes: number } }
  | { code: 'rotated'; params: { previousBytes: number; currentBytes: number } }
  | { code: 'no-timestamps'; params: Record<string, never> };

/** A node log problem, thrown by the node log client. */
export class NodeLogError extends Error {
  constructor(readonly problem: NodeLogProblem) {
    super(problem.code);
    this.name = 'NodeLogError';
  }
}
