import type {
  BundleStreamLine,
  SupportBundleRequest,
} from '../../../server/contract/support-bundle';
import { bffUrl } from '../../api/bff-client';
import { readNdjson } from '../../api/ndjson';
import { consoleFetch } from '../../console';

export interface BundleProgress {
  done: number;
  total: number;
  file: string;
}

export interface BuiltBundle {
  fileName: string;
  blob: Blob;
}

/**
 * Asks the BFF for a support bundle, read with the user's token, reporting progress while it is
 * gathered; resolves to the .tar.gz. Refusals reject before any progress, with the BFF's answer.
 */
export async function buildSupportBundle(
  request: SupportBundleRequest,
  onProgress: (progress: BundleProgress) => void,
  signal: AbortSignal,
): Promise<BuiltBundle> {
  const response = await consoleFetch(
    bffUrl('/diagnostics/bundle'),
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/x-ndjson' },
      body: JSON.stringify(request),
      signal,
    },
    0,
  );
  const parts: Uint8Array<ArrayBuffer>[] = [];
  const outcome: { end?: Extract<BundleStreamLine, { type: 'end' }>; failed: boolean } = {
    failed: false,
  };
  await readNdjson(response, (received) => {
    const line = received as BundleStreamLine;
    if (line.type === 'progress') onProgress(line);
    if (line.type === 'data') parts.push(Uint8Array.from(atob(line.data), (c) => c.charCodeAt(0)));
    if (line.type === 'end') outcome.end = line;
    if (line.type === 'failed') outcome.failed = true;
  });
  if (outcome.failed || !outcome.end) throw new Error('incomplete');
  const { fileName } = outcome.end;
  return { fileName, blob: new Blob(parts, { type: 'application/gzip' }) };
}
