import { createHash } from 'node:crypto';

/** Names a bearer token (or an Authorization header) in memo tables without keeping the token itself. */
export function tokenKey(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
