// A ClusterRole granted to the `limited` user for the length of one check, for tests of what a caller
// with some rights but not others is told.
import type { KubeClient } from './kube-client';
import { resourcePath, resources } from './resources';

const rbac = 'rbac.authorization.k8s.io';

export interface PolicyRule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
}

/** Runs `check` while `limited` holds `rules` cluster-wide; the grant is removed after, whatever happens. */
export async function whileLimitedMay<T>(
  admin: KubeClient,
  name: string,
  rules: PolicyRule[],
  check: () => Promise<T>,
): Promise<T> {
  const grant = { name };
  await admin.create(resources.clusterRoles, { metadata: grant, rules });
  await admin.create(resources.clusterRoleBindings, {
    metadata: grant,
    roleRef: { apiGroup: rbac, kind: 'ClusterRole', name },
    subjects: [{ apiGroup: rbac, kind: 'User', name: 'limited' }],
  });
  try {
    return await check();
  } finally {
    await admin.request('DELETE', resourcePath(resources.clusterRoleBindings, grant));
    await admin.request('DELETE', resourcePath(resources.clusterRoles, grant));
  }
}
