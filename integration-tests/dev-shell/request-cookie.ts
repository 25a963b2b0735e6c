import type { IncomingMessage } from 'node:http';

/** The first value of a request cookie, as Go's `Request.Cookie` (which the console's bridge uses) returns it. */
export function readRequestCookie(request: IncomingMessage, name: string): string | undefined {
  const prefix = `${name}=`;
  return (request.headers.cookie ?? '')
    .split(';')
    .map((cookie) => cookie.trim())
    .find((cookie) => cookie.startsWith(prefix))
    ?.slice(prefix.length);
}
