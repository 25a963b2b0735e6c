// What every user of an OpenShift cluster may do, which the console needs to render at all: OpenShift's
// basic-user role lets anyone read their own user, and the projects they can see stand in the console's
// project list. This cluster has neither the user nor the project API, so a user without rights would crash
// the console (React #200 once its namespace list is refused); listing namespaces stands in for projects.
import type { UserName } from '../cluster/credentials';
import { KubeClient } from '../cluster/kube-client';
import type { LocalCluster } from '../cluster/local-cluster';
import { resources } from '../cluster/resources';

const role = 'windows-nodes-test-console-user';

export async function grantConsoleBaseline(cluster: LocalCluster, user: UserName): Promise<void> {
  const admin = new KubeClient({
    server: cluster.server,
    caData: cluster.caData,
    token: cluster.tokens.admin,
  });
  try {
    await admin.apply(resources.clusterRoles, {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: { name: role },
      rules: [
        {
          apiGroups: ['user.openshift.io'],
          resources: ['users'],
          resourceNames: ['~'],
          verbs: ['get'],
        },
        { apiGroups: [''], resources: ['namespaces'], verbs: ['get', 'list', 'watch'] },
      ],
    });
    await admin.apply(resources.clusterRoleBindings, {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: { name: `${role}-${user}` },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: role },
      subjects: [
        { apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: cluster.users[user] },
      ],
    });
  } finally {
    admin.close();
  }
}
