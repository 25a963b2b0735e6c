import type {
  ByohState,
  EntryWriteResult,
  InstanceInput,
  PreflightLine,
  RemediateResult,
} from '../../../server/contract/byoh';
import { bffUrl, deleteFromBff, postToBff, putToBff } from '../../api/bff-client';
import { useLiveBff } from '../../api/useLiveBff';
import { consoleFetch } from '../../console';

/** The BYOH page's calls to the BFF, each made with the user's token by the console's proxy. */

function entryPath(address: string): string {
  return `/byoh/entries/${encodeURIComponent(address)}`;
}

export function useByohInstances() {
  return useLiveBff<ByohState>('/byoh');
}

export function addByohEntry(input: InstanceInput): Promise<EntryWriteResult> {
  return postToBff<EntryWriteResult>('/byoh/entries', input);
}

export function updateByohEntry(address: string, input: InstanceInput): Promise<EntryWriteResult> {
  return putToBff<EntryWriteResult>(entryPath(address), input);
}

export function removeByohEntry(address: string): Promise<EntryWriteResult> {
  return deleteFromBff<EntryWriteResult>(entryPath(address));
}

/** Deletes ConfigMap windows-instances: WMCO deconfigures every BYOH host. */
export function removeAllByohEntries(): Promise<unknown> {
  return deleteFromBff('/byoh/instances');
}

export function remediateByohHost(input: InstanceInput): Promise<RemediateResult> {
  return postToBff<RemediateResult>('/byoh/remediate', { ...input, confirmed: true });
}

/**
 * Runs the preflight and hands over each NDJSON line as it arrives. Refusals (no permission to read
 * cloud-private-key, bad input) reject before the first line, with the BFF's sentence.
 */
export async function streamPreflight(
  hosts: InstanceInput[],
  onLine: (line: PreflightLine) => void,
  signal: AbortSignal,
): Promise<void> {
  const response = await consoleFetch(bffUrl('/byoh/preflight'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/x-ndjson' },
    body: JSON.stringify({ hosts }),
    signal,
  });
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
    buffered += decoder.decode(chunk.value, { stream: true });
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines.filter(Boolean)) onLine(JSON.parse(line) as PreflightLine);
  }
}
