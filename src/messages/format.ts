/** Numbers, lists, times and durations in the reader's language (the console's, as i18next has it). */

const units = [
  { unit: 'day', seconds: 86400 },
  { unit: 'hour', seconds: 3600 },
  { unit: 'minute', seconds: 60 },
  { unit: 'second', seconds: 1 },
] as const;

function unitText(language: string, unit: string, value: number): string {
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'narrow' }).format(
    value,
  );
}

export function formatNumber(language: string, value: number): string {
  return new Intl.NumberFormat(language).format(value);
}

/** `a, b and c`, as the language joins a list. */
export function formatList(language: string, items: readonly string[]): string {
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
}

export function formatDateTime(language: string, timestamp: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(timestamp),
  );
}

export function formatTime(language: string, timestamp: string): string {
  return new Intl.DateTimeFormat(language, { timeStyle: 'medium' }).format(new Date(timestamp));
}

/** A compact duration in its two largest units: `45s`, `4m 5s`, `1h 2m` (in English). */
export function formatDuration(language: string, totalSeconds: number): string {
  let rest = Math.max(0, Math.round(totalSeconds));
  const parts: string[] = [];
  for (const { unit, seconds } of units) {
    const value = Math.floor(rest / seconds);
    rest -= value * seconds;
    if (value > 0 || parts.length > 0) parts.push(unitText(language, unit, value));
  }
  const shown = parts.slice(0, 2);
  if (shown.length === 0) return unitText(language, 'second', 0);
  return new Intl.ListFormat(language, { type: 'unit', style: 'narrow' }).format(shown);
}

/** Kubernetes-style age in its largest unit: `45s`, `12m`, `5h`, `3d` (in English). */
export function formatAge(
  language: string,
  timestamp: string | undefined,
  now = Date.now(),
): string {
  if (!timestamp) return '';
  const elapsed = Math.max(0, Math.floor((now - Date.parse(timestamp)) / 1000));
  const { unit, seconds } = units.find((candidate) => elapsed >= candidate.seconds) ?? units[3];
  return unitText(language, unit, Math.floor(elapsed / seconds));
}
