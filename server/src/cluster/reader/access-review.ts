import { AuthorizationV1Api, type KubeConfig } from '@kubernetes/client-node';
import { tokenKey } from '../api/token-key';

export interface ResourceQuestion {
  verb: 'get' | 'list' | 'create';
  group: string;
  resource: string;
  namespace?: string;
  name?: string;
}

/** A URL outside the API's resources, such as /metrics. */
export interface NonResourceQuestion {
  verb: 'get';
  path: string;
}

export type AccessQuestion = ResourceQuestion | NonResourceQuestion;

const ttlMs = 30_000;
const maxEntries = 10_000;

/**
 * "May this caller do this?", answered by the API server (SelfSubjectAccessReview with the caller's own
 * token) and remembered briefly per token, so cached reads honour RBAC without asking on every request.
 */
export class AccessReview {
  private readonly answers = new Map<string, { allowed: boolean; expires: number }>();

  async allowed(kubeConfig: KubeConfig, question: AccessQuestion): Promise<boolean> {
    const token = kubeConfig.getCurrentUser()?.token ?? '';
    const key = `${tokenKey(token)} ${JSON.stringify(question)}`;
    const now = Date.now();
    const known = this.answers.get(key);
    if (known && known.expires > now) return known.allowed;
    const review = await kubeConfig
      .makeApiClient(AuthorizationV1Api)
      .createSelfSubjectAccessReview({
        body: {
          apiVersion: 'authorization.k8s.io/v1',
          kind: 'SelfSubjectAccessReview',
          spec:
            'path' in question
              ? { nonResourceAttributes: { ...question } }
              : { resourceAttributes: { ...question } },
        },
      });
    const allowed = review.status?.allowed === true;
    if (this.answers.size >= maxEntries)
      this.answers.delete(this.answers.keys().next().value ?? '');
    this.answers.set(key, { allowed, expires: now + ttlMs });
    return allowed;
  }
}
