import { getI18n } from 'react-i18next';
import type { ErrorResponse } from '../../server/contract/errors';
import { apiPrefix, consoleProxyBase } from '../../server/contract/paths';
import { consoleFetchJSON } from '../console';
import { i18nNamespace } from '../i18n';
import { failureText } from '../messages/error-words';
import { wordingFor, type Translate } from '../messages/wording';

/** The BFF is reached through the console's plugin proxy, which adds the user's token. */
export function bffUrl(path: string): string {
  return `${consoleProxyBase}${apiPrefix}${path}`;
}

function errorBody(error: unknown): Partial<ErrorResponse> | undefined {
  const json = (error as { json?: unknown } | null)?.json;
  return typeof json === 'object' && json !== null ? json : undefined;
}

/**
 * A failure the BFF reported (`{code, params}`, and what else an error response names), in the console's
 * language. Called outside render, so it reads the console's i18next directly.
 */
export function bffFailureText(body: Partial<ErrorResponse>): string | undefined {
  const i18n = getI18n() as ReturnType<typeof getI18n> | undefined;
  if (!body.code || !i18n) return undefined;
  const t = i18n.getFixedT(null, i18nNamespace) as Translate;
  return failureText(wordingFor(t, i18n.language || 'en'), body);
}

/** What a failed call says: the BFF's code worded by the plugin, else what the failure itself says. */
export function failureMessage(error: unknown): string {
  const body = errorBody(error);
  const text = body ? bffFailureText(body) : undefined;
  if (text) return text;
  if (error instanceof Error && error.message) return error.message;
  return String(error);
}

/** The request field a failed call names (`body.name`), when the BFF pointed at one. */
export function failureField(error: unknown): string | undefined {
  const field = errorBody(error)?.field;
  return typeof field === 'string' ? field : undefined;
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
