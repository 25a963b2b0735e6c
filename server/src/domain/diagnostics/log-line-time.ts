/**
 * When a log line was written, in the formats WMCO's services log: klog (`I0812 10:21:14.301822`,
 * no year: taken from `reference`, the file's modification time, a month after it meaning the
 * year before), logrus (`time="2025-08-12T10:20:58.4123456Z"`), slog and go-kit (`time=…`, `ts=…`),
 * and the en-US `TimeCreated` of a Get-WinEvent table (`8/12/2025 10:21:33 AM`, taken as UTC).
 * Undefined for a line without a time (a continuation, a header).
 */
const klog = /^[IWEF](\d{2})(\d{2}) (\d{2}):(\d{2}):(\d{2})\.(\d{1,6})/;
const keyValue = /^(?:time|ts)="?(\d{4}-\d{2}-\d{2}T[^\s"]+)"?/;
const eventTable = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2}):(\d{2}) (AM|PM)/;
const leadingRfc3339 = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}))/;

export function logLineTime(line: string, reference: Date): number | undefined {
  const k = klog.exec(line);
  if (k) {
    const [month, day, hours, minutes, seconds] = k.slice(1, 6).map(Number) as [
      number,
      number,
      number,
      number,
      number,
    ];
    const millis = Number((k[6] ?? '0').padEnd(6, '0').slice(0, 3));
    const year = reference.getUTCFullYear() - (month - 1 > reference.getUTCMonth() ? 1 : 0);
    return Date.UTC(year, month - 1, day, hours, minutes, seconds, millis);
  }
  const iso = keyValue.exec(line)?.[1] ?? leadingRfc3339.exec(line)?.[1];
  if (iso) {
    const parsed = Date.parse(iso);
    return Number.isNaN(parsed) ? undefined : parsed;
  }
  const e = eventTable.exec(line);
  if (e) {
    const [month, day, year, hours, minutes, seconds] = e.slice(1, 7).map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const hours24 = (hours % 12) + (e[7] === 'PM' ? 12 : 0);
    return Date.UTC(year, month - 1, day, hours24, minutes, seconds);
  }
  return undefined;
}

/** The text filter of the Logs view: case-insensitive, plain text (no pattern syntax). */
export function lineMatches(line: string, filter: string | undefined): boolean {
  return !filter || line.toLowerCase().includes(filter.toLowerCase());
}
