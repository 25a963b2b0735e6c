/**
 * The last `want` lines of a log that `accept` takes, collected from chunks read
 * backwards from the end, so a tail costs the bytes of its lines, not of the log. A line cut by a
 * chunk's start waits for the chunk before it. A partial last line (no newline yet) is left out:
 * a follow picks it up once it is complete.
 */
export class BackwardLines {
  private carry = Buffer.alloc(0);
  private readonly newestFirst: string[] = [];
  private keptBytes = 0;
  private seenEnd = false;
  /** Where the bytes that end in a newline stop: a follow continues from here. */
  completeEnd = 0;
  /** The offset of the oldest line kept (or scanned past), once the collection is done. */
  fromByte = 0;
  /** Whether collecting stopped at the byte cap rather than at `want` lines or the start. */
  capped = false;

  constructor(
    private readonly want: number,
    private readonly maxBytes: number,
    private readonly accept: (line: string) => boolean = () => true,
  ) {}

  get done(): boolean {
    return this.newestFirst.length >= this.want || this.capped;
  }

  /**
   * Feeds the bytes that start at `offset` and end where the previously fed bytes began (the first
   * call: at the end of the range read). Returns true once nothing more is needed.
   */
  feed(chunk: Buffer, offset: number): boolean {
    let bytes = Buffer.concat([chunk, this.carry]);
    if (!this.seenEnd) {
      const lastNewline = bytes.lastIndexOf(0x0a);
      // Still inside the partial last line: nothing complete yet.
      if (lastNewline < 0 && offset > 0) return false;
      this.seenEnd = true;
      bytes = bytes.subarray(0, lastNewline + 1);
      this.completeEnd = offset + bytes.length;
    }
    // Bytes before the first newline may be the end of a line that starts in an earlier chunk.
    const firstNewline = offset > 0 ? bytes.indexOf(0x0a) : -1;
    const whole = bytes.subarray(firstNewline + 1);
    this.carry = Buffer.from(bytes.subarray(0, firstNewline + 1));
    let end = whole.length;
    while (end > 0 && !this.done) {
      const start = whole.lastIndexOf(0x0a, end - 2) + 1;
      const line = whole.subarray(start, end);
      end = start;
      const text = line.toString('utf8').replace(/\r?\n$/, '');
      if (!this.accept(text)) continue;
      if (this.keptBytes + line.length > this.maxBytes) {
        this.capped = true;
        end = start + line.length;
        break;
      }
      this.keptBytes += line.length;
      this.newestFirst.push(text);
    }
    this.fromByte = offset + this.carry.length + end;
    return this.done;
  }

  /** The collected lines, oldest first. */
  lines(): string[] {
    return [...this.newestFirst].reverse();
  }

  get bytes(): number {
    return this.keptBytes;
  }
}
