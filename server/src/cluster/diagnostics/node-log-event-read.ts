import { setTimeout as sleep } from 'node:timers/promises';
import { LineSplitter } from '../../domain/diagnostics/line-splitter';
import { lineMatches, logLineTime } from '../../domain/diagnostics/log-line-time';
import type { LogEvent, LogReadOptions } from './node-log-events';
import type { NodeLogProxy } from './node-log-proxy';

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** RFC 3339 to the second, as the kubelet parses sinceTime/untilTime. */
function rfc3339(time: Date): string {
  return time.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * An event-log service read with the kubelet's log query, which applies the window, the tail and
 * the filter itself (Get-WinEvent); a follow asks again from the newest event's second on and
 * drops the rows it already delivered.
 */
export async function* readEventLog(
  proxy: NodeLogProxy,
  provider: string,
  options: LogReadOptions,
): AsyncGenerator<LogEvent> {
  const reference = new Date();
  let newest: number | undefined;
  const seenAtNewest = new Set<string>();
  let budget = options.maxBytes;
  let first = true;
  while (!options.signal?.aborted) {
    const query: Record<string, string> = { query: provider };
    const since = first ? options.sinceTime : newest === undefined ? undefined : new Date(newest);
    if (since) query.sinceTime = rfc3339(since);
    if (options.untilTime) query.untilTime = rfc3339(options.untilTime);
    if (first && options.tailLines !== undefined) query.tailLines = String(options.tailLines);
    if (options.filter) query.pattern = escapeRegex(options.filter);
    const body = await proxy.get('', { query, signal: options.signal });
    const splitter = new LineSplitter();
    try {
      for await (const chunk of body) {
        const shown: string[] = [];
        for (const line of splitter.push(chunk as Buffer).lines) {
          const time = logLineTime(line, reference);
          if (!first && (time === undefined || (time === newest && seenAtNewest.has(line))))
            continue;
          if (time !== undefined && time !== newest && (newest === undefined || time > newest)) {
            newest = time;
            seenAtNewest.clear();
          }
          if (time !== undefined && time === newest) seenAtNewest.add(line);
          if (!first && !lineMatches(line, options.filter)) continue;
          const size = Buffer.byteLength(line) + 1;
          if (size > budget) {
            if (shown.length > 0) yield { type: 'lines', lines: shown };
            const shownBytes = options.maxBytes - budget;
            yield { type: 'cut', cut: { code: 'byte-cap', params: { shownBytes } } };
            return;
          }
          budget -= size;
          shown.push(line);
        }
        if (shown.length > 0) yield { type: 'lines', lines: shown };
      }
    } finally {
      body.destroy();
    }
    if (first) budget = options.maxBytes;
    first = false;
    if (!options.follow || options.untilTime) return;
    try {
      await sleep(options.pollIntervalMs, undefined, { signal: options.signal });
    } catch {
      return; // aborted
    }
  }
}
