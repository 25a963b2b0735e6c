import { ApiException, AuthenticationV1Api, type KubeConfig } from '@kubernetes/client-node';
import type { WhoAmI } from '../../../contract/whoami';
import { tokenKey } from './token-key';

const ttlMs = 60_000;
const maxEntries = 10_000;

function selfSubjectReview(caller: KubeConfig) {
  return caller.makeApiClient(AuthenticationV1Api).createSelfSubjectReview({
    body: { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' },
  });
}

/**
 * Whether the API server now refuses the caller's token (expired, revoked, its user or service account
 * deleted), asked afresh. An API server that cannot be reached refuses nothing.
 */
export async function tokenRefused(caller: KubeConfig): Promise<boolean> {
  try {
    await selfSubjectReview(caller);
    return false;
  } catch (error) {
    return error instanceof ApiException && error.code === 401;
  }
}

/**
 * Who a bearer token belongs to, as the API server says (SelfSubjectReview with that very token),
 * remembered for a minute per token hash so every request is authenticated before anything else runs.
 */
export class IdentityCache {
  private readonly identities = new Map<string, { identity: WhoAmI; expires: number }>();

  async identify(caller: KubeConfig, token: string): Promise<WhoAmI> {
    const key = tokenKey(token);
    const now = Date.now();
    const known = this.identities.get(key);
    if (known && known.expires > now) return known.identity;
    const review = await selfSubjectReview(caller);
    const user = review.status?.userInfo;
    const identity = { username: user?.username ?? '', groups: user?.groups ?? [] };
    if (this.identities.size >= maxEntries)
      this.identities.delete(this.identities.keys().next().value ?? '');
    this.identities.set(key, { identity, expires: now + ttlMs });
    return identity;
  }
}
