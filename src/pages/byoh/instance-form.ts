import {
  instanceLimits,
  type EntryIssueCode,
  type InstanceInput,
} from '../../../server/contract/byoh';
import { instanceEntryIssue, instanceValue } from '../../../server/src/domain/byoh/instance-entry';

export interface InstanceForm {
  address: string;
  username: string;
}

export type InstanceFormError = 'required' | 'too-long' | 'username-characters' | EntryIssueCode;

const usernamePattern = new RegExp(instanceLimits.username.pattern);

/** Field → what is wrong with it, by the same rules the BFF applies (DNS is the BFF's to check). */
export function instanceFormErrors(
  form: InstanceForm,
): Partial<Record<keyof InstanceForm, InstanceFormError>> {
  const errors: Partial<Record<keyof InstanceForm, InstanceFormError>> = {};
  const address = form.address.trim();
  const username = form.username.trim();
  if (address === '') errors.address = 'required';
  else if (address.length > instanceLimits.address.maxLength) errors.address = 'too-long';
  else {
    const issue = instanceEntryIssue({ address, value: instanceValue('user') });
    if (issue) errors.address = issue.code;
  }
  if (username === '') errors.username = 'required';
  else if (username.length > instanceLimits.username.maxLength) errors.username = 'too-long';
  else if (!usernamePattern.test(username)) errors.username = 'username-characters';
  return errors;
}

export function toInstanceInput(form: InstanceForm): InstanceInput {
  return { address: form.address.trim(), username: form.username.trim() };
}
