/**
 * Stand-in for `@openshift-console/dynamic-plugin-sdk`, which ConsoleRemotePlugin shares with `import: false`:
 * the plugin ships without it and runs on the console's copy. It exports only what the plugin uses, and
 * behaves as the console's implementation does (console-shared/src/utils/console-fetch*.ts), so the plugin's
 * requests, headers and error handling are the ones it will meet in the console.
 */
import { useEffect } from 'react';
import type {
  ConsoleFetch,
  ConsoleFetchJSON,
  DocumentTitleProps,
} from '@openshift-console/dynamic-plugin-sdk';
import { csrfCookieName, csrfHeaderName } from '../contract';
import { readCookie } from './cookies';

/** Same fields as the SDK's HttpError, which the plugin's error handling reads. */
class HttpError extends Error {
  constructor(
    message: string,
    readonly code: number,
    readonly response: Response,
    readonly json?: unknown,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

type ErrorBody = {
  message?: string;
  error?: string;
  details?: { causes?: { message?: string; field?: string }[] };
};

const defaultTimeoutMs = 60_000;
const maxAttempts = 3;

async function httpError(response: Response): Promise<HttpError> {
  if (!response.headers.get('content-type')?.includes('json')) {
    return new HttpError(response.statusText, response.status, response);
  }
  const json = (await response.json()) as ErrorBody;
  if (response.status === 403) {
    return new HttpError(
      json.message || 'Access denied due to cluster policy.',
      403,
      response,
      json,
    );
  }
  const cause = json.details?.causes?.[0];
  const reason =
    (cause && `Error "${cause.message}" for field "${cause.field}".`) ||
    json.message ||
    json.error ||
    response.statusText;
  return new HttpError(reason, response.status, response, json);
}

export const consoleFetch: ConsoleFetch = async (url, options = {}, timeout = defaultTimeoutMs) => {
  const headers = new Headers(options.headers);
  // The console sends its CSRF token to itself on every request whose method is not explicitly GET.
  const token = readCookie(csrfCookieName);
  if (token && options.method !== 'GET' && !url.includes('://')) headers.set(csrfHeaderName, token);
  const init: RequestInit = { credentials: 'same-origin', ...options, headers };

  const request = async (): Promise<Response> => {
    for (let attempt = 1; ; attempt++) {
      const response = await fetch(url, init);
      if (response.ok || response.status === 304) return response;
      if (response.status === 429 && attempt < maxAttempts) continue;
      throw await httpError(response);
    }
  };
  if (timeout <= 0) return request();

  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`Call to ${url} timed out after ${timeout}ms.`));
    }, timeout);
  });
  return Promise.race([request(), timedOut]).finally(() => {
    clearTimeout(timer);
  });
};

async function parseBody(response: Response): Promise<unknown> {
  const text = await response.text();
  const isPlainText = response.headers.get('Content-Type') === 'text/plain';
  if (!text) return isPlainText ? '' : {};
  return isPlainText || !response.ok ? text : JSON.parse(text);
}

async function fetchJSON(
  url: string,
  method = 'GET',
  options: RequestInit = {},
  timeout?: number,
): Promise<unknown> {
  const headers = new Headers(options.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  return parseBody(await consoleFetch(url, { ...options, method, headers }, timeout));
}

/** Unlike the caller's other options, the console's Accept, Content-Type and body win over the caller's. */
function sendJSON(
  method: string,
  url: string,
  json: unknown,
  options: RequestInit = {},
  timeout?: number,
) {
  const headers = new Headers(options.headers);
  headers.set('Accept', 'application/json');
  // As in the console: PATCH bodies are declared JSON Patch, whatever they contain.
  headers.set(
    'Content-Type',
    `application/${method === 'PATCH' ? 'json-patch+json' : 'json'};charset=UTF-8`,
  );
  const body = json ? JSON.stringify(json) : options.body;
  return fetchJSON(url, method, { ...options, headers, body }, timeout);
}

const post: ConsoleFetchJSON['post'] = (url, json, options, timeout) =>
  sendJSON('POST', url, json, options, timeout);
const put: ConsoleFetchJSON['put'] = (url, json, options, timeout) =>
  sendJSON('PUT', url, json, options, timeout);
const patch: ConsoleFetchJSON['patch'] = (url, json, options, timeout) =>
  sendJSON('PATCH', url, json, options, timeout);
const remove: ConsoleFetchJSON['delete'] = (url, json, options, timeout) =>
  json
    ? sendJSON('DELETE', url, json, options, timeout)
    : fetchJSON(url, 'DELETE', options, timeout);

export const consoleFetchJSON: ConsoleFetchJSON = Object.assign(fetchJSON, {
  post,
  put,
  patch,
  delete: remove,
});

/** As the console's: the page's title, then the product's (its Helmet titleTemplate `%s · <product>`). */
export function DocumentTitle({ children }: DocumentTitleProps): null {
  useEffect(() => {
    document.title = `${children} · Console dev shell`;
  }, [children]);
  return null;
}
