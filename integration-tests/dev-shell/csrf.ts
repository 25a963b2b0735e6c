/** The console bridge's CSRF protection (pkg/auth/csrfverifier): a double-submit cookie, checked on unsafe methods. */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { csrfCookieName, csrfHeaderName } from './contract';
import { readRequestCookie } from './request-cookie';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

/** A fresh token with every page load, readable by the page's scripts, which echo it in a header. */
export function csrfSetCookie(): string {
  return `${csrfCookieName}=${randomBytes(48).toString('base64url')}; Path=/; SameSite=Strict`;
}

/** Why the bridge would refuse this request with 403, or undefined if it would pass it on. */
export function csrfRejection(request: IncomingMessage): string | undefined {
  if (safeMethods.has(request.method ?? 'GET')) return undefined;
  const cookie = readRequestCookie(request, csrfCookieName);
  if (cookie === undefined) return 'invalid CSRFToken: no CSRF Cookie found in request';
  if (request.headers[csrfHeaderName.toLowerCase()] !== cookie) {
    return 'invalid CSRFToken: CSRF token does not match CSRF cookie';
  }
  return undefined;
}
