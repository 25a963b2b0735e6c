// A user whose token can be revoked while it is in use, as an OpenShift session ends when its OAuth
// access token is deleted: a ServiceAccount bound to a ClusterRole, and a bound token the API server
// issued for it (TokenRequest). Deleting the ServiceAccount revokes the token: the API server looks the
// account up on every request (--service-account-lookup, the default) and refuses it with 401 from then
// on. The static tokens of tokens.csv cannot be revoked without a restart.
import type { KubeClient } from './kube-client';
import { resources } from './resources';

export interface RevocableUser {
  /** `system:serviceaccount:<namespace>:<name>` */
  username: string;
  token: string;
  /** Deletes the ServiceAccount (and its binding): the token is refused from now on. */
  revoke(): Promise<void>;
}

const namespace = 'default';

export async function createRevocableUser(
  admin: KubeClient,
  name: string,
  clusterRole = 'cluster-admin',
): Promise<RevocableUser> {
  await admin.create(resources.serviceAccounts, {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: { name, namespace },
  });
  const binding = `${name}-${clusterRole}`;
  await admin.create(resources.clusterRoleBindings, {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRoleBinding',
    metadata: { name: binding },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: clusterRole },
    subjects: [{ kind: 'ServiceAccount', name, namespace }],
  });
  const request = await admin.request<{ status: { token: string } }>(
    'POST',
    `/api/v1/namespaces/${namespace}/serviceaccounts/${name}/token`,
    {
      apiVersion: 'authentication.k8s.io/v1',
      kind: 'TokenRequest',
      spec: { expirationSeconds: 3600 },
    },
  );
  return {
    username: `system:serviceaccount:${namespace}:${name}`,
    token: request.status.token,
    async revoke() {
      await admin.request('DELETE', `/api/v1/namespaces/${namespace}/serviceaccounts/${name}`);
      await admin.request(
        'DELETE',
        `/apis/rbac.authorization.k8s.io/v1/clusterrolebindings/${binding}`,
      );
    },
  };
}
