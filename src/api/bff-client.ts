import { apiPrefix, consoleProxyBase } from '../../server/contract/paths';
import { consoleFetchJSON } from '../console';

/** The BFF is reached through the console's plugin proxy, which adds the user's token. */
export function bffUrl(path: string): string {
  return `${consoleProxyBase}${apiPrefix}${path}`;
}

/** The message a failed call carries: the BFF's own sentence when it sent one. */
export function failureMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return String(error);
}

/** The request field a failed call names (`body.name`), when the BFF pointed at one. */
export function failureField(error: unknown): string | undefined {
  const json = (error as { json?: unknown } | null)?.json;
  if (typeof json !== 'object' || json === null || !('field' in json)) return undefined;
  return typeof json.field === 'string' ? json.field : undefined;
}

export function getFromBff<T>(path: string, signal?: AbortSignal): Promise<T> {
  return consoleFetchJSON(bffUrl(path), 'GET', { signal }) as Promise<T>;
}

export function postToBff<T>(path: string, body: object = {}): Promise<T> {
  return consoleFetchJSON.post(bffUrl(path), body) as Promise<T>;
}

export function putToBff<T>(path: string, body: object): Promise<T> {
  return consoleFetchJSON.put(bffUrl(path), body) as Promise<T>;
}

export function deleteFromBff<T>(path: string): Promise<T> {
  return consoleFetchJSON.delete(bffUrl(path)) as Promise<T>;
}
