import type { LogRotationField, LogRotationSettings } from '../../../server/contract/log-rotation';
import {
  invalidLogRotationFields,
  logRotationFields,
} from '../../../server/src/domain/install/log-rotation';

/** The panel's fields as typed. */
export type LogRotationForm = Record<LogRotationField, string>;

export function logRotationForm(settings: LogRotationSettings): LogRotationForm {
  return {
    fileSize: settings.fileSize ?? '',
    fileAge: settings.fileAge ?? '',
    flushInterval: settings.flushInterval ?? '',
  };
}

/** What the BFF is sent: values trimmed as WMCO trims them, a blank field left out (removed). */
export function logRotationRequest(form: LogRotationForm): LogRotationSettings {
  const settings: LogRotationSettings = {};
  for (const field of logRotationFields) {
    const value = form[field].trim();
    if (value !== '') settings[field] = value;
  }
  return settings;
}

/** The fields WMCO would refuse, by the BFF's own rules. */
export function logRotationFormErrors(form: LogRotationForm): Set<LogRotationField> {
  return new Set(invalidLogRotationFields(logRotationRequest(form)));
}

/** Whether saving would change what the Subscription holds. */
export function logRotationChanged(form: LogRotationForm, current: LogRotationSettings): boolean {
  const next = logRotationRequest(form);
  return logRotationFields.some((field) => next[field] !== current[field]);
}
