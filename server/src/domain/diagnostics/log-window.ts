import { lineMatches, logLineTime } from './log-line-time';

/** What a Logs view asks of a service's log beyond which one it is. */
export interface LogSelection {
  /** Only lines written at or after / at or before these times. */
  sinceTime?: Date;
  untilTime?: Date;
  /** Case-insensitive text every shown line contains. */
  filter?: string;
}

/**
 * Decides line by line, in file order, whether a line is shown: it must contain the filter and
 * fall in the time window; a line without a time (a continuation, a header) goes with the last
 * line that had one (with none yet: shown, the window being unknown there).
 */
export class LineWindow {
  private lastTime: number | undefined;
  /** Set once a line is later than untilTime: nothing after it can be shown. */
  passedEnd = false;

  constructor(
    private readonly selection: LogSelection,
    private readonly reference: Date,
  ) {}

  accepts(line: string): boolean {
    const time = logLineTime(line, this.reference) ?? this.lastTime;
    this.lastTime = time;
    const { sinceTime, untilTime, filter } = this.selection;
    if (time !== undefined && untilTime && time > untilTime.getTime()) {
      this.passedEnd = true;
      return false;
    }
    if (time !== undefined && sinceTime && time < sinceTime.getTime()) return false;
    return lineMatches(line, filter);
  }

  /** For lines read backwards, where the previous line is not known: a line is judged alone. */
  acceptsAlone(line: string): boolean {
    const time = logLineTime(line, this.reference);
    const { sinceTime, untilTime, filter } = this.selection;
    if (time !== undefined && untilTime && time > untilTime.getTime()) return false;
    if (time !== undefined && sinceTime && time < sinceTime.getTime()) return false;
    return lineMatches(line, filter);
  }
}
