import type { IncomingMessage } from 'node:http';
import {
  isDirectoryListing,
  parseDirectoryListing,
  type LogFolderEntry,
} from '../../domain/diagnostics/directory-listing';
import { readBounded, type NodeLogProxy } from './node-log-proxy';

const LISTING_LIMIT = 256 * 1024;

export interface LogFileStat {
  path: string;
  size: number;
  modified?: Date;
}

/** The size a Content-Range header gives (`bytes a-b/size`, or `bytes *\/size` past the end). */
function totalOf(contentRange: string | undefined): number | undefined {
  const total = /\/(\d+)$/.exec(contentRange ?? '')?.[1];
  return total === undefined ? undefined : Number(total);
}

function modifiedOf(response: IncomingMessage): Date | undefined {
  const header = response.headers['last-modified'];
  const parsed = header ? Date.parse(header) : Number.NaN;
  return Number.isNaN(parsed) ? undefined : new Date(parsed);
}

/** A file's size and time (one byte read), or undefined when the node has no such file. */
export async function statLogFile(
  proxy: NodeLogProxy,
  path: string,
  signal?: AbortSignal,
): Promise<LogFileStat | undefined> {
  const response = await proxy.get(path, { range: 'bytes=0-0', signal });
  response.resume();
  const status = response.statusCode ?? 0;
  if (status === 404 || isDirectoryListing(response.headers['content-type'])) return undefined;
  const size =
    status === 200
      ? Number(response.headers['content-length'] ?? 0)
      : totalOf(response.headers['content-range']);
  if (size === undefined) return undefined;
  return { path, size, modified: modifiedOf(response) };
}

export interface LogRange {
  body: IncomingMessage;
  /** The file's size when this range was served. */
  size: number;
  /** False when nothing lies at or after the start (416). */
  satisfied: boolean;
}

/** Bytes `start`..`end` (inclusive; open-ended without `end`) of a log file, streamed. */
export async function readLogRange(
  proxy: NodeLogProxy,
  path: string,
  start: number,
  end?: number,
  signal?: AbortSignal,
): Promise<LogRange> {
  const range = `bytes=${String(start)}-${end === undefined ? '' : String(end)}`;
  const body = await proxy.get(path, { range, signal });
  const status = body.statusCode ?? 0;
  if (status === 416) {
    body.resume();
    return { body, size: totalOf(body.headers['content-range']) ?? 0, satisfied: false };
  }
  if (status !== 206 && status !== 200) {
    body.resume();
    throw new Error(`unexpected answer ${String(status)} for ${path}`);
  }
  const size =
    status === 206
      ? (totalOf(body.headers['content-range']) ?? 0)
      : Number(body.headers['content-length'] ?? 0);
  return { body, size, satisfied: true };
}

/** Reads a whole (small) range into memory: a tail's chunk, a bisection's probe. */
export async function readLogBytes(
  proxy: NodeLogProxy,
  path: string,
  start: number,
  end: number,
  signal?: AbortSignal,
): Promise<{ bytes: Buffer; size: number }> {
  const range = await readLogRange(proxy, path, start, end, signal);
  if (!range.satisfied) return { bytes: Buffer.alloc(0), size: range.size };
  return { bytes: await readBounded(range.body, end - start + 1), size: range.size };
}

/** A folder below /logs/ ('' for the root), as the kubelet's file server lists it. */
export async function listLogFolder(
  proxy: NodeLogProxy,
  folder: string,
  signal?: AbortSignal,
): Promise<LogFolderEntry[] | undefined> {
  const path = folder === '' ? '' : `${folder.replace(/\/+$/, '')}/`;
  const response = await proxy.get(path, { signal });
  if (response.statusCode !== 200 || !isDirectoryListing(response.headers['content-type'])) {
    response.resume();
    return undefined;
  }
  return parseDirectoryListing((await readBounded(response, LISTING_LIMIT)).toString('utf8'));
}
