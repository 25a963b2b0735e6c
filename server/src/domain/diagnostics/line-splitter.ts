/**
 * Splits a byte stream into whole lines (without their `\n` or `\r\n`); a line not yet ended
 * waits for the next chunk, so a followed log never shows half a line. A "line" longer than
 * `longest` bytes is let out in pieces rather than held.
 */
export class LineSplitter {
  constructor(private readonly longest = 1024 * 1024) {}

  private pending = Buffer.alloc(0);

  /** The complete lines `chunk` finishes, and how many bytes they took, newlines included. */
  push(chunk: Buffer): { lines: string[]; bytes: number } {
    const bytes = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    const newline = bytes.lastIndexOf(0x0a) + 1;
    const end = newline === 0 && bytes.length > this.longest ? bytes.length + 1 : newline;
    this.pending = Buffer.from(bytes.subarray(end));
    if (end === 0) return { lines: [], bytes: 0 };
    const lines = bytes
      .subarray(0, Math.min(end - 1, bytes.length))
      .toString('utf8')
      .split('\n')
      .map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
    return { lines, bytes: Math.min(end, bytes.length) };
  }

  /** Bytes of a line still waiting for its end. */
  get pendingBytes(): number {
    return this.pending.length;
  }
}
