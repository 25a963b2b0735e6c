import { setTimeout as sleep } from 'node:timers/promises';
import { BackwardLines } from '../../domain/diagnostics/backward-lines';
import { LineSplitter } from '../../domain/diagnostics/line-splitter';
import { LineWindow } from '../../domain/diagnostics/log-window';
import type { LogEvent, LogReadOptions } from './node-log-events';
import { readLogBytes, readLogRange, type LogFileStat } from './node-log-files';
import type { NodeLogProxy } from './node-log-proxy';
import { offsetAtTime } from './node-log-window';

const FIRST_CHUNK = 64 * 1024;
const LARGEST_CHUNK = 1024 * 1024;

interface Bounds {
  lower: number;
  upper: number;
  size: number;
}

/** The byte range the time window allows, found by bisection; and what the window cut. */
async function windowBounds(
  proxy: NodeLogProxy,
  file: LogFileStat,
  options: LogReadOptions,
  reference: Date,
): Promise<{ bounds: Bounds; cuts: LogEvent[] }> {
  const bounds = { lower: 0, upper: file.size, size: file.size };
  const cuts: LogEvent[] = [];
  const { sinceTime, untilTime, signal } = options;
  for (const [time, side] of [
    [sinceTime, 'lower'],
    [untilTime, 'upper'],
  ] as const) {
    if (!time) continue;
    const target = side === 'lower' ? time.getTime() : time.getTime() + 1;
    const found = await offsetAtTime(proxy, file.path, file.size, target, reference, signal);
    if (!found) {
      cuts.push({ type: 'cut', cut: { code: 'no-timestamps', params: {} } });
      break;
    }
    if (side === 'lower') bounds.lower = found.low;
    else bounds.upper = found.high;
  }
  if (bounds.lower > 0) {
    cuts.push({ type: 'cut', cut: { code: 'before-window', params: { fromByte: bounds.lower } } });
  }
  if (bounds.upper < file.size) {
    cuts.push({
      type: 'cut',
      cut: { code: 'after-window', params: { toByte: bounds.upper, totalBytes: file.size } },
    });
  }
  return { bounds, cuts };
}

/** The last lines of [lower, upper), read backwards in growing chunks. */
async function* tail(
  proxy: NodeLogProxy,
  path: string,
  bounds: Bounds,
  want: number,
  window: LineWindow,
  options: LogReadOptions,
): AsyncGenerator<LogEvent, number> {
  const collector = new BackwardLines(want, options.maxBytes, (line) => window.acceptsAlone(line));
  let end = bounds.upper;
  let chunk = FIRST_CHUNK;
  let scanned = 0;
  while (end > bounds.lower && !collector.done && scanned < options.maxScanBytes) {
    const start = Math.max(bounds.lower, end - chunk);
    const { bytes } = await readLogBytes(proxy, path, start, end - 1, options.signal);
    collector.feed(bytes, start);
    scanned += end - start;
    end = start;
    chunk = Math.min(LARGEST_CHUNK, chunk * 2);
  }
  if (!collector.done && end > bounds.lower) {
    yield { type: 'cut', cut: { code: 'scan-cap', params: { scannedBytes: scanned } } };
  } else if (collector.fromByte > bounds.lower) {
    yield {
      type: 'cut',
      cut: {
        code: 'before-tail',
        params: { fromByte: collector.fromByte, totalBytes: bounds.size },
      },
    };
  }
  const lines = collector.lines();
  if (lines.length > 0) yield { type: 'lines', lines };
  if (collector.capped) {
    yield { type: 'cut', cut: { code: 'byte-cap', params: { shownBytes: collector.bytes } } };
  }
  return collector.capped ? -1 : collector.completeEnd;
}

/**
 * Streams [from, upper) in order; returns where the next read starts (after the last whole line),
 * or -1 once the byte cap or the window's end stopped it.
 */
async function* forward(
  proxy: NodeLogProxy,
  path: string,
  from: number,
  upper: number | undefined,
  window: LineWindow,
  budget: { bytes: number },
  options: LogReadOptions,
): AsyncGenerator<LogEvent, number> {
  const range = await readLogRange(
    proxy,
    path,
    from,
    upper === undefined ? undefined : upper - 1,
    options.signal,
  );
  if (!range.satisfied) {
    if (range.size < from) {
      yield {
        type: 'cut',
        cut: { code: 'rotated', params: { previousBytes: from, currentBytes: range.size } },
      };
      return 0;
    }
    return from;
  }
  const splitter = new LineSplitter();
  let position = from;
  try {
    for await (const chunk of range.body) {
      const { lines } = splitter.push(chunk as Buffer);
      const shown: string[] = [];
      for (const line of lines) {
        const size = Buffer.byteLength(line) + 1;
        if (!window.accepts(line)) {
          position += size;
          if (window.passedEnd) break;
          continue;
        }
        if (size > budget.bytes) {
          if (shown.length > 0) yield { type: 'lines', lines: shown };
          const unreadBytes = range.size - position;
          yield {
            type: 'cut',
            cut: {
              code: 'byte-cap',
              params: { shownBytes: options.maxBytes - budget.bytes, unreadBytes },
            },
          };
          return -1;
        }
        budget.bytes -= size;
        position += size;
        shown.push(line);
      }
      if (shown.length > 0) yield { type: 'lines', lines: shown };
      if (window.passedEnd) return -1;
    }
  } finally {
    range.body.destroy();
  }
  return position;
}

/** A file log: its tail or its whole (windowed, filtered, capped), then, if asked, what is appended. */
export async function* readFileLog(
  proxy: NodeLogProxy,
  file: LogFileStat,
  options: LogReadOptions,
): AsyncGenerator<LogEvent> {
  const reference = file.modified ?? new Date();
  const { bounds, cuts } = await windowBounds(proxy, file, options, reference);
  yield* cuts;
  const window = new LineWindow(options, reference);
  const budget = { bytes: options.maxBytes };
  let next =
    options.tailLines === undefined
      ? yield* forward(proxy, file.path, bounds.lower, bounds.upper, window, budget, options)
      : yield* tail(proxy, file.path, bounds, options.tailLines, window, options);
  if (options.tailLines !== undefined && next >= 0) budget.bytes = options.maxBytes;
  if (!options.follow || options.untilTime || next < 0) return;
  const follow = new LineWindow({ ...options, untilTime: undefined }, reference);
  while (!options.signal?.aborted) {
    try {
      await sleep(options.pollIntervalMs, undefined, { signal: options.signal });
    } catch {
      return; // aborted
    }
    next = yield* forward(proxy, file.path, next, undefined, follow, budget, options);
    if (next < 0) return;
  }
}
