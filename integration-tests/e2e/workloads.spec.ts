import type { V1Deployment, V1RuntimeClass, V1Service } from '@kubernetes/client-node';
import { KubeClient } from '../cluster/kube-client';
import { resources } from '../cluster/resources';
import { mixedBuilds } from '../cluster/scenarios/mixed-builds';
import type { Stack } from '../stack';
import { expect, test } from './fixtures';

test.use({ scenario: 'mixed-builds' });

const namespace = mixedBuilds.workloadNamespace;

async function withAdmin<T>(stack: Stack, use: (admin: KubeClient) => Promise<T>): Promise<T> {
  const admin = new KubeClient({
    server: stack.cluster.server,
    caData: stack.cluster.caData,
    token: stack.cluster.tokens.admin,
  });
  try {
    return await use(admin);
  } finally {
    admin.close();
  }
}

// One cluster for the file, in order: the sample needs the RuntimeClasses, the checker's verdict
// needs windows2022 to exist.
test.describe.serial('scheduling Windows workloads on a cluster with 2019 and 2022 nodes', () => {
  test('RuntimeClasses are created for both builds, exactly the guide’s objects', async ({
    page,
    stack,
  }) => {
    await page.goto('/windows/workloads');
    for (const { build, runtimeClass } of Object.values(mixedBuilds.builds)) {
      const row = page.getByTestId(`build-${build}`);
      await expect(row.getByTestId('build-runtime-classes')).toHaveText('None');
      await row.getByRole('button', { name: `Actions for ${build}` }).click();
      await page.getByRole('menuitem', { name: 'Create RuntimeClass' }).click();
      const dialog = page.getByRole('dialog', { name: 'Create RuntimeClass' });
      await expect(dialog.getByLabel('Windows build')).toHaveValue(build);
      await expect(dialog.getByRole('textbox', { name: 'RuntimeClass name' })).toHaveValue(
        runtimeClass,
      );
      await dialog.getByRole('button', { name: 'Create', exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByTestId('runtime-class-outcome')).toHaveText(
        `Success alert:Created RuntimeClass ${runtimeClass} for build ${build}.`,
      );
      // The page is live: the new RuntimeClass shows up as the build's guide object.
      await expect(row.getByTestId('build-ready')).toContainText(runtimeClass);
    }
    await expect(page.getByTestId('runtime-classes').locator('tbody tr')).toHaveCount(2);

    // Both lists of the tab filter and sort like every list, each under its own URL keys.
    const runtimeClasses = page.getByTestId('runtime-classes');
    const filter = page
      .getByTestId('runtime-classes-list')
      .getByTestId('list-filter')
      .locator('input');
    await filter.fill('2019');
    await expect(runtimeClasses.locator('tbody tr')).toHaveCount(1);
    await expect(runtimeClasses.locator('tbody tr')).toHaveAttribute(
      'data-test',
      `runtime-class-${mixedBuilds.builds['2019'].runtimeClass}`,
    );
    await expect(page).toHaveURL(/rc-name=2019/);
    await filter.fill('');
    await runtimeClasses.getByRole('button', { name: 'Name' }).click();
    await expect(runtimeClasses.locator('tbody tr').first()).toHaveAttribute(
      'data-test',
      `runtime-class-${mixedBuilds.builds['2022'].runtimeClass}`,
    );
    await expect(page).toHaveURL(/rc-sortBy=name&rc-orderBy=desc/);
    const builds = page.getByTestId('builds-table');
    await builds.getByRole('button', { name: 'Build' }).click();
    await expect(builds.locator('tbody tr').first()).toHaveAttribute(
      'data-test',
      `build-${mixedBuilds.builds['2022'].build}`,
    );
    await expect(page).toHaveURL(/sortBy=build&orderBy=desc/);
    await expect(page.getByTestId('windows-builds-list').getByTestId('pagination')).toContainText(
      'of 2',
    );

    await withAdmin(stack, async (admin) => {
      for (const { build, runtimeClass } of Object.values(mixedBuilds.builds)) {
        const stored = await admin.get<V1RuntimeClass>(resources.runtimeClasses, runtimeClass);
        expect(stored.handler).toBe('runhcs-wcow-process');
        expect(stored.scheduling).toEqual({
          nodeSelector: {
            'kubernetes.io/os': 'windows',
            'kubernetes.io/arch': 'amd64',
            'node.kubernetes.io/windows-build': build,
          },
          tolerations: [
            { effect: 'NoSchedule', key: 'os', operator: 'Equal', value: 'windows' },
            { effect: 'NoSchedule', key: 'os', operator: 'Equal', value: 'Windows' },
          ],
        });
      }
    });
  });

  test('a 2022 sample is previewed, then its Deployment and Service land with ltsc2022 and windows2022', async ({
    page,
    stack,
  }) => {
    await page.goto('/windows/workloads');
    await page.getByRole('tab', { name: 'Sample workload' }).click();
    const form = page.getByTestId('sample-form');
    await form.getByLabel('Namespace').fill(namespace);
    await form.getByLabel('Windows build').selectOption(mixedBuilds.builds['2022'].build);
    await expect(form.getByLabel('RuntimeClass')).toHaveValue('windows2022');
    await form.getByRole('button', { name: 'Preview YAML' }).click();

    const preview = page.getByTestId('sample-preview');
    await expect(preview.getByTestId('yaml-Deployment')).toContainText(
      'image: mcr.microsoft.com/windows/servercore:ltsc2022',
    );
    await expect(preview.getByTestId('yaml-Deployment')).toContainText(
      'runtimeClassName: windows2022',
    );
    await expect(preview.getByTestId('yaml-Service')).toContainText('type: LoadBalancer');
    await form.getByRole('button', { name: 'Create' }).click();
    await expect(page.getByTestId('sample-created')).toContainText(
      `Deployment win-webserver in namespace ${namespace}`,
    );
    await expect(page.getByTestId('sample-created')).toContainText(
      `Service win-webserver in namespace ${namespace}`,
    );

    await withAdmin(stack, async (admin) => {
      const deployment = await admin.get<V1Deployment>(
        resources.deployments,
        'win-webserver',
        namespace,
      );
      const pod = deployment.spec?.template.spec;
      expect(pod?.containers[0]?.image).toBe('mcr.microsoft.com/windows/servercore:ltsc2022');
      expect(pod?.containers[0]?.command?.[0]).toBe('powershell.exe');
      expect(pod?.runtimeClassName).toBe('windows2022');
      expect(pod?.os?.name).toBe('windows');
      const service = await admin.get<V1Service>(resources.services, 'win-webserver', namespace);
      expect(service.spec?.selector).toEqual({ app: 'win-webserver' });
      expect(service.spec?.ports?.[0]?.port).toBe(80);
    });
  });

  test('the checker flags an ltsc2019 Deployment with RuntimeClass windows2022 as a build mismatch', async ({
    page,
  }) => {
    await page.goto('/windows/workloads');
    await page.getByRole('tab', { name: 'Workload checker' }).click();
    const form = page.getByTestId('checker-form');
    await form.getByLabel('Namespace').fill(namespace);
    await form
      .getByRole('textbox', { name: 'Name', exact: true })
      .fill(mixedBuilds.legacyDeployment.name);
    await form.getByRole('button', { name: 'Check' }).click();

    await expect(page.getByTestId('check-verdict')).toContainText(
      `Deployment ${mixedBuilds.legacyDeployment.name} cannot run on Windows nodes`,
    );
    const mismatch = page.getByTestId('check-finding-image-build-mismatch');
    await expect(mismatch).toContainText('The container base image must match the node’s build.');
    await expect(mismatch).toContainText('10.0.17763 (Windows Server 2019)');
    await expect(mismatch.getByTestId('check-fix')).toContainText(
      'set runtimeClassName: windows2019',
    );
    await expect(
      page.getByTestId('check-findings').locator('[data-test^=check-finding-]'),
    ).toHaveCount(1);

    // The same workload pasted as YAML gets the same verdict.
    await page.getByRole('button', { name: 'Pasted YAML' }).click();
    await form
      .getByLabel('Workload YAML')
      .fill(
        [
          'apiVersion: apps/v1',
          'kind: Deployment',
          'metadata: {name: pasted-web}',
          'spec:',
          '  selector: {matchLabels: {app: pasted-web}}',
          '  template:',
          '    metadata: {labels: {app: pasted-web}}',
          '    spec:',
          '      os: {name: windows}',
          '      runtimeClassName: windows2022',
          '      containers:',
          '      - {name: web, image: "mcr.microsoft.com/windows/servercore:ltsc2019"}',
        ].join('\n'),
      );
    await form.getByRole('button', { name: 'Check' }).click();
    await expect(page.getByTestId('check-verdict')).toContainText(
      'Deployment pasted-web cannot run on Windows nodes',
    );
    await expect(page.getByTestId('check-finding-image-build-mismatch')).toBeVisible();
  });
});
