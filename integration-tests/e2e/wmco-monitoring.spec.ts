import { resourcePath, resources } from '../cluster/resources';
import { wmcoInstalledWithNodes } from '../cluster/scenarios/wmco-installed-with-nodes';
import { expectNoAccessibilityViolations } from './accessibility';
import { expect, test } from './fixtures';

test.use({ scenario: 'wmco-installed-with-nodes' });

const { namespace } = wmcoInstalledWithNodes;
const name = 'windows-machine-config-operator';
const labels = { name };
const containers = [{ name: 'manager', image: 'registry.example/wmco:10.22.0' }];

test('monitoring label set after WMCO started: the Overview offers the restart, confirmed it restarts WMCO, the finding goes', async ({
  page,
  stack,
}) => {
  const admin = stack.cluster.adminClient();
  const pod = `${name}-started-before-the-label`;
  try {
    // WMCO's Deployment as OLM makes it, and a pod of it that started an hour before the label was set.
    await admin.create(resources.deployments, {
      metadata: { name, namespace },
      spec: {
        selector: { matchLabels: labels },
        template: { metadata: { labels }, spec: { containers } },
      },
    });
    await admin.create(resources.pods, {
      metadata: { name: pod, namespace, labels },
      spec: { containers },
    });
    await admin.mergePatch(
      resources.pods,
      { name: pod, namespace, subresource: 'status' },
      {
        status: { startTime: new Date(Date.now() - 3_600_000).toISOString() },
      },
    );

    await page.goto('/windows/overview');
    const finding = page.getByTestId('finding-wmco-monitoring-needs-restart');
    await expect(finding).toContainText(
      'Windows node metrics are not configured until WMCO’s pod restarts',
    );
    await finding.getByRole('button', { name: 'Enable monitoring and restart WMCO' }).click();

    const dialog = page.getByRole('dialog', { name: 'Enable monitoring and restart WMCO' });
    await expect(dialog.getByTestId('monitoring-what-happens')).toContainText(
      'Windows nodes and their workloads are not touched.',
    );
    await expectNoAccessibilityViolations(page, '/windows/overview: Enable monitoring');
    await dialog.getByRole('button', { name: 'Label and restart' }).click();
    const result = dialog.getByTestId('monitoring-result');
    await expect(result).toContainText(`Namespace ${namespace} already had the label.`);
    await expect(result).toContainText('1 WMCO pod was deleted');
    // The live Overview drops the finding; the dialog stays to say what was done.
    await expect(finding).toHaveCount(0);
    await expect(result).toBeVisible();
    await dialog.getByRole('contentinfo').getByRole('button', { name: 'Close' }).click();

    await expect(page.getByTestId('finding-wmco-installed')).toBeVisible();
    await expect(finding).toHaveCount(0);
    const left = await admin.list(resources.pods, { namespace, labelSelector: `name=${name}` });
    expect(left).toEqual([]);
  } finally {
    await admin
      .request('DELETE', resourcePath(resources.deployments, { namespace, name }))
      .catch(() => undefined);
    admin.close();
  }
});
