// A log file of the simulated Windows kubelet (TEST DOUBLE): recorded text, optionally preceded by a
// generated bulk of any size, that grows when lines are appended (for "follow"). The bulk is made
// line by line from its offset on every read, so a 200 MB log costs no memory.
import { Readable } from 'node:stream';

const CHUNK = 64 * 1024;

/** Fixed-width lines, so the line at any byte offset is known without reading what precedes it. */
export interface GeneratedLines {
  lineLength: number;
  count: number;
  /** Line `index` (0-based), exactly `lineLength` bytes including its newline. */
  line(index: number): string;
}

export class SimulatedLogFile {
  private tail: Buffer;
  modified = new Date();

  constructor(
    recorded: string,
    private readonly bulk?: GeneratedLines,
  ) {
    this.tail = Buffer.from(recorded);
  }

  get size(): number {
    return this.bulkSize + this.tail.length;
  }

  private get bulkSize(): number {
    return this.bulk ? this.bulk.lineLength * this.bulk.count : 0;
  }

  /** Appends text (whole lines) and moves the modification time, as a service writing does. */
  append(text: string): void {
    this.tail = Buffer.concat([this.tail, Buffer.from(text)]);
    this.modified = new Date();
  }

  /** The bytes from `start` to `end` inclusive, produced as they are read. */
  read(start: number, end: number): Readable {
    const slice = (from: number, to: number): Buffer => this.slice(from, to);
    return Readable.from(
      (function* () {
        for (let at = start; at <= end;) {
          const chunk = slice(at, Math.min(end + 1, at + CHUNK));
          yield chunk;
          at += chunk.length;
        }
      })(),
      { objectMode: false },
    );
  }

  private slice(from: number, to: number): Buffer {
    const bulkSize = this.bulkSize;
    if (from >= bulkSize || !this.bulk) {
      return this.tail.subarray(from - bulkSize, to - bulkSize);
    }
    const { lineLength } = this.bulk;
    const first = Math.floor(from / lineLength);
    const last = Math.floor((Math.min(to, bulkSize) - 1) / lineLength);
    const lines: string[] = [];
    for (let index = first; index <= last; index += 1) lines.push(this.bulk.line(index));
    const text = Buffer.from(lines.join(''));
    const bulkPart = text.subarray(
      from - first * lineLength,
      Math.min(to, bulkSize) - first * lineLength,
    );
    return to > bulkSize
      ? Buffer.concat([bulkPart, this.tail.subarray(0, to - bulkSize)])
      : bulkPart;
  }
}
