import { KubeClient } from '../cluster/kube-client';
import { resources } from '../cluster/resources';
import { expect, test } from './fixtures';

test.use({ isolation: 'install-resume' });

/** What an install into `windows-operator` with Manual approval leaves when the BFF dies after the OperatorGroup. */
async function seedInstallCutOff(admin: KubeClient, namespace: string): Promise<void> {
  const settings = {
    clusterMonitoring: true,
    channel: 'stable',
    approval: 'Manual',
    source: 'redhat-operators',
    sourceNamespace: 'openshift-marketplace',
  };
  await admin.create(resources.namespaces, {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: {
      name: namespace,
      labels: { 'openshift.io/cluster-monitoring': 'true' },
      annotations: { 'windows-nodes-plugin/install': JSON.stringify(settings) },
    },
  });
  await admin.create(resources.operatorGroups, {
    apiVersion: 'operators.coreos.com/v1',
    kind: 'OperatorGroup',
    metadata: { name: 'windows-machine-config-operator', namespace },
    spec: { targetNamespaces: [namespace] },
  });
}

test('an install cut off after its OperatorGroup: the overview and the install page say so, Resume completes it', async ({
  page,
  stack,
}) => {
  const namespace = 'windows-operator';
  const admin = new KubeClient({
    server: stack.cluster.server,
    caData: stack.cluster.caData,
    token: stack.cluster.tokens.admin,
  });
  try {
    await seedInstallCutOff(admin, namespace);
    await page.goto('/windows/overview');
    const finding = page.getByTestId('finding-wmco-install-incomplete');
    await expect(finding).toContainText('The WMCO install did not finish');
    await expect(finding).toContainText(
      `Namespace ${namespace} exists, but the install stopped before it made its Subscription`,
    );
    await finding.getByRole('link', { name: 'Resume the install' }).click();

    const incomplete = page.getByTestId('install-incomplete');
    await expect(incomplete).toContainText(`The install in ${namespace} did not finish`);
    await expect(incomplete).toContainText(
      'Not there yet: Subscription and Secret cloud-private-key.',
    );
    await expect(page.getByTestId('install-wizard')).toHaveCount(0);
    await page.getByTestId('resume-install').click();

    const wizard = page.getByTestId('install-wizard');
    await expect(wizard.getByTestId('prerequisites-ok')).toBeVisible();
    await wizard.getByRole('button', { name: 'Next' }).click();
    await expect(wizard.getByLabel('Namespace')).toHaveValue(namespace);
    await expect(wizard.getByLabel('Manual')).toBeChecked();
    await wizard.getByRole('button', { name: 'Next' }).click();
    await expect(wizard.getByLabel('Generate a new key on the server')).toBeChecked();
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByRole('button', { name: 'Install' }).click();

    const steps = wizard.getByTestId('install-steps');
    await expect(steps).toContainText(`Namespace ${namespace}: Already exists.`);
    await expect(steps).toContainText(`Already targets ${namespace}.`);
    await expect(steps).toContainText('Subscription windows-machine-config-operator: Created');
    await expect(steps).toContainText('Secret cloud-private-key: Created');

    const count = async (resource: (typeof resources)[keyof typeof resources]) =>
      (await admin.list(resource, { namespace })).length;
    expect(await count(resources.operatorGroups)).toBe(1);
    expect(await count(resources.subscriptions)).toBe(1);
    await wizard.locator('footer').getByRole('button', { name: 'Close' }).click();
    await expect(page.getByTestId('install-incomplete')).toHaveCount(0);
  } finally {
    admin.close();
  }
});
