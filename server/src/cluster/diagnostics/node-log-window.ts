import { logLineTime } from '../../domain/diagnostics/log-line-time';
import { readLogBytes } from './node-log-files';
import type { NodeLogProxy } from './node-log-proxy';

const PROBE_BYTES = 8 * 1024;

/** The first line with a time in `bytes` (which start at `offset`), skipping a cut first line. */
function firstTimedLine(
  bytes: Buffer,
  offset: number,
  reference: Date,
): { time: number; at: number } | undefined {
  let start = offset === 0 ? 0 : bytes.indexOf(0x0a) + 1;
  if (offset !== 0 && start === 0) return undefined;
  for (let end = bytes.indexOf(0x0a, start); end >= 0; end = bytes.indexOf(0x0a, start)) {
    const time = logLineTime(bytes.subarray(start, end).toString('utf8'), reference);
    if (time !== undefined) return { time, at: offset + start };
    start = end + 1;
  }
  return undefined;
}

/**
 * Where in a chronological log file the lines written at or after `time` begin, found by bisection
 * with small range reads (a few dozen for a 200 MB file): `low` is at or before the first such line
 * and `high` less than a probe after it, so what is read between them still needs its lines' times
 * checked. Undefined when the file's lines carry no time this reader knows.
 */
export async function offsetAtTime(
  proxy: NodeLogProxy,
  path: string,
  size: number,
  time: number,
  reference: Date,
  signal?: AbortSignal,
): Promise<{ low: number; high: number } | undefined> {
  const head = await readLogBytes(proxy, path, 0, PROBE_BYTES - 1, signal);
  const first = firstTimedLine(head.bytes, 0, reference);
  if (!first) return undefined;
  if (first.time >= time) return { low: 0, high: 0 };
  let low = first.at;
  let high = size;
  while (high - low > PROBE_BYTES) {
    const middle = Math.floor((low + high) / 2);
    const probe = await readLogBytes(proxy, path, middle, middle + PROBE_BYTES - 1, signal);
    const found = firstTimedLine(probe.bytes, middle, reference);
    if (!found || found.time >= time) high = middle;
    else low = found.at;
  }
  return { low, high: Math.min(size, high + PROBE_BYTES) };
}
