import { ApiException } from '@kubernetes/client-node';
import { HttpError } from './http-error';

const passedThrough = new Set([400, 401, 403, 404, 409, 410, 422, 429]);

/** The `message` of a Kubernetes Status body, which says what was refused and why in the server's words. */
function statusMessage(body: unknown): string | undefined {
  const parsed: unknown = typeof body === 'string' ? safeJson(body) : body;
  if (
    parsed &&
    typeof parsed === 'object' &&
    'message' in parsed &&
    typeof parsed.message === 'string'
  ) {
    return parsed.message;
  }
  return undefined;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const connectionCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'EPIPE',
]);

function isConnectionFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code ?? (error as { errno?: unknown }).errno;
  return (typeof code === 'string' && connectionCodes.has(code)) || error.name === 'FetchError';
}

/**
 * Maps what the Kubernetes client threw to what the user should read: the API server's own refusals keep
 * their status and its words, shown as they are (RBAC decides, and says so); anything else is named by
 * a code without internals.
 */
export function kubernetesFailure(error: unknown): HttpError | undefined {
  if (error instanceof ApiException) {
    const status = error.code;
    const message = statusMessage(error.body);
    if (status === 401) return new HttpError(401, { code: 'token-rejected', params: {} });
    if (passedThrough.has(status)) {
      const params = message === undefined ? { status } : { status, message };
      return new HttpError(status, { code: 'api-server-refused', params });
    }
    return new HttpError(502, { code: 'api-server-failed', params: { status } });
  }
  if (isConnectionFailure(error))
    return new HttpError(503, { code: 'api-server-unreachable', params: {} });
  return undefined;
}
