import {
  logRotationPatterns,
  type LogRotationField,
  type LogRotationSettings,
} from '../../../contract/log-rotation';
import type { EnvEntry } from '../openshift-objects';

/** The Subscription env entries WMCO reads its service log rotation from (pkg/logconfig). */
export const logRotationEnv: Record<LogRotationField, string> = {
  fileSize: 'SERVICES_LOG_FILE_SIZE',
  fileAge: 'SERVICES_LOG_FILE_AGE',
  flushInterval: 'SERVICES_LOG_FLUSH_INTERVAL',
};

export const logRotationFields = Object.keys(logRotationEnv) as LogRotationField[];

/** The field's value as WMCO would use it, or undefined when it is not set (blank is not set). */
function settingOf(env: readonly EnvEntry[], field: LogRotationField): string | undefined {
  // Kubernetes takes the last of entries with one name.
  const value = env.findLast((entry) => entry.name === logRotationEnv[field])?.value?.trim();
  return value === '' ? undefined : value;
}

/** The settings a Subscription's env holds now. */
export function logRotationFromEnv(env: readonly EnvEntry[] | undefined): LogRotationSettings {
  const settings: LogRotationSettings = {};
  for (const field of logRotationFields) {
    const value = settingOf(env ?? [], field);
    if (value !== undefined) settings[field] = value;
  }
  return settings;
}

/**
 * Whether the services' logs grow without bound: kube-log-runner rotates by size only, so without a
 * size (or with 0) nothing is ever rotated, whatever the age says.
 */
export function logsUnbounded(settings: LogRotationSettings): boolean {
  return settings.fileSize === undefined || /^\+?0*(\.0*)?[a-zA-Z]*$/.test(settings.fileSize);
}

/** The fields whose value WMCO would refuse (a blank one means off, never wrong). */
export function invalidLogRotationFields(settings: LogRotationSettings): LogRotationField[] {
  return logRotationFields.filter((field) => {
    const value = settings[field]?.trim();
    return (
      value !== undefined && value !== '' && !new RegExp(logRotationPatterns[field]).test(value)
    );
  });
}

/**
 * The env with the settings applied: every other entry kept as it is and where it is, a set field's
 * entry given its value in place (or added at the end), a field left out removed (every entry of its
 * name, so no earlier one takes over).
 */
export function withLogRotation(
  env: readonly EnvEntry[] | undefined,
  settings: LogRotationSettings,
): EnvEntry[] {
  const next: EnvEntry[] = [];
  const placed = new Set<LogRotationField>();
  for (const entry of env ?? []) {
    const field = logRotationFields.find((candidate) => logRotationEnv[candidate] === entry.name);
    if (!field) {
      next.push(entry);
      continue;
    }
    const value = settings[field];
    if (value === undefined || placed.has(field)) continue;
    next.push({ name: entry.name, value });
    placed.add(field);
  }
  for (const field of logRotationFields) {
    const value = settings[field];
    if (value !== undefined && !placed.has(field))
      next.push({ name: logRotationEnv[field], value });
  }
  return next;
}
