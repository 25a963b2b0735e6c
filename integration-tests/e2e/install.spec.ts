import { KubeClient } from '../cluster/kube-client';
import { resources } from '../cluster/resources';
import { expect, test } from './fixtures';
import { recordBffBodies, walkToReview, wmcoNamespace as namespace } from './install-wizard';

test.describe('installing WMCO on a fresh AWS cluster', () => {
  test('the wizard installs WMCO with a generated key; the cluster holds the guide’s objects', async ({
    page,
    stack,
  }) => {
    const bodies = recordBffBodies(page);
    const wizard = await walkToReview(page, 'Automatic');
    await expect(wizard.getByTestId('yaml-Namespace')).toContainText(
      'openshift.io/cluster-monitoring: "true"',
    );
    await wizard.getByRole('button', { name: 'Install' }).click();

    await expect(wizard.getByTestId('install-steps')).toContainText(
      'Subscription windows-machine-config-operator: Created',
    );
    await expect(wizard.getByTestId('public-key').getByRole('textbox')).toHaveValue(
      /^ssh-rsa AAAA/,
    );
    await expect(wizard.getByTestId('install-headline')).toHaveText('Installed', {
      timeout: 30_000,
    });
    await expect(wizard.getByTestId('install-stage')).toHaveText('Installed');

    const admin = new KubeClient({
      server: stack.cluster.server,
      caData: stack.cluster.caData,
      token: stack.cluster.tokens.admin,
    });
    try {
      const ns = await admin.get(resources.namespaces, namespace);
      expect(ns.metadata?.labels?.['openshift.io/cluster-monitoring']).toBe('true');
      const groups = await admin.list<{ metadata: object; spec: { targetNamespaces: string[] } }>(
        resources.operatorGroups,
        { namespace },
      );
      expect(groups.map((group) => group.spec.targetNamespaces)).toEqual([[namespace]]);
      const subscriptions = await admin.list<{ metadata: object; spec: Record<string, string> }>(
        resources.subscriptions,
        { namespace },
      );
      expect(
        subscriptions.map((s) => [
          s.spec.channel,
          s.spec.installPlanApproval,
          s.spec.source,
          s.spec.sourceNamespace,
        ]),
      ).toEqual([['stable', 'Automatic', 'redhat-operators', 'openshift-marketplace']]);
      const secret = await admin.get<{ metadata: object; data: Record<string, string> }>(
        resources.secrets,
        'cloud-private-key',
        namespace,
      );
      expect(Buffer.from(secret.data['private-key.pem'] ?? '', 'base64').toString()).toContain(
        'PRIVATE KEY',
      );
    } finally {
      admin.close();
    }

    const texts = await Promise.all(bodies);
    // The install response, which carries the public key, is among those checked.
    expect(texts.some((text) => text.includes('"publicKey":"ssh-rsa '))).toBe(true);
    for (const text of texts) expect(text).not.toContain('PRIVATE KEY-----');
  });
});
