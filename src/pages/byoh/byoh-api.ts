import type {
  EntryWriteResult,
  InstanceInput,
  PreflightLine,
  RemediateResult,
} from '../../../server/contract/byoh';
import { bffUrl, postToBff, putToBff } from '../../api/bff-client';
import { readNdjson } from '../../api/ndjson';
import { consoleFetch, consoleFetchJSON } from '../../console';

/** The BYOH page's calls to the BFF; every one acts with the user's token through the console proxy. */
export const byohApi = {
  add: (input: InstanceInput) => postToBff<EntryWriteResult>('/byoh/entries', input),
  update: (address: string, input: InstanceInput) =>
    putToBff<EntryWriteResult>(`/byoh/entries/${encodeURIComponent(address)}`, input),
  remove: (address: string) =>
    consoleFetchJSON.delete(
      bffUrl(`/byoh/entries/${encodeURIComponent(address)}`),
    ) as Promise<EntryWriteResult>,
  deleteAll: () => consoleFetchJSON.delete(bffUrl('/byoh/instances')) as Promise<unknown>,
  remediate: (input: InstanceInput) =>
    postToBff<RemediateResult>('/byoh/remediate', { ...input, confirmed: true }),
};

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
  await readNdjson(response, (line) => {
    onLine(line as PreflightLine);
  });
}
