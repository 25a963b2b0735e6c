// The BYOH preflight as the tests and the bench call it: POST over HTTP, the NDJSON read as it streams
// in, like the plugin reads it, with the time each line arrived.
import type { PreflightLine } from '../../server/contract/byoh';
import { apiPrefix } from '../../server/contract/paths';
import { windowsAccount } from './windows-account';

export interface StreamedPreflight {
  status: number;
  contentType: string;
  /** The whole body, as received. */
  text: string;
  lines: PreflightLine[];
  /** When each line arrived, in ms since the request started. */
  arrivedAtMs: number[];
}

export function preflightLines(body: string): PreflightLine[] {
  return body
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as PreflightLine);
}

/** Checks `addresses` as the test peers' Windows account. */
export async function streamPreflight(
  bffUrl: string,
  token: string,
  addresses: readonly string[],
): Promise<StreamedPreflight> {
  const started = performance.now();
  const response = await fetch(`${bffUrl}${apiPrefix}/byoh/preflight`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      hosts: addresses.map((address) => ({ address, username: windowsAccount })),
    }),
  });
  const decoder = new TextDecoder();
  const arrivedAtMs: number[] = [];
  let text = '';
  const reader = response.body?.getReader();
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
    const received = decoder.decode(chunk.value, { stream: true });
    const at = performance.now() - started;
    for (let count = received.split('\n').length - 1; count > 0; count -= 1) arrivedAtMs.push(at);
    text += received;
  }
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text,
    lines: preflightLines(text),
    arrivedAtMs,
  };
}
