import type { LogCut } from '../../domain/diagnostics/log-problems';
import type { LogSelection } from '../../domain/diagnostics/log-window';
import type { LogSource } from './node-log-source';

/** What a read of one service's log delivers, in order. */
export type LogEvent =
  | { type: 'source'; source: LogSource }
  | { type: 'lines'; lines: string[] }
  | { type: 'cut'; cut: LogCut };

export interface LogReadOptions extends LogSelection {
  /** The last N lines (of those selected); without it the log is read from its start. */
  tailLines?: number;
  /** Bytes of lines delivered at most by the first read, and again by a follow. */
  maxBytes: number;
  /** How far back a filtered or windowed tail looks for its lines before giving up. */
  maxScanBytes: number;
  /** Keep delivering what is appended, polling the node every `pollIntervalMs`, until aborted. */
  follow: boolean;
  pollIntervalMs: number;
  signal?: AbortSignal;
}
