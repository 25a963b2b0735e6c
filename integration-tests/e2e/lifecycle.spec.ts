import type { KubernetesObject } from '@kubernetes/client-node';
import type { Page } from '@playwright/test';
import { KubeClient } from '../cluster/kube-client';
import { resources } from '../cluster/resources';
import { lifecycle2019MachineSet as scenario } from '../cluster/scenarios/lifecycle-2019-machineset';
import { expect, test } from './fixtures';

test.use({ scenario: 'lifecycle-2019-machineset' });

const build2022 = '10.0.20348';
const legacyWeb = `${scenario.workloadNamespace}/Deployment/legacy-web`;

async function previewMove2022(page: Page) {
  await page.getByLabel('MachineSet to move').selectOption(scenario.machineSet2019);
  await page.getByLabel('Target Windows Server version').selectOption('2022');
  await page.getByRole('button', { name: 'Preview the move' }).click();
  return page.getByTestId('replacement-preview');
}

test('the inventory groups the nodes by build and flags the mixed MachineSet and the BYOH host below the required build', async ({
  page,
}) => {
  await page.goto('/windows/lifecycle');
  const group2019 = page.getByTestId('build-group-10.0.17763');
  // The console's first load in a worker, on a busy machine, before the plugin's page is there.
  await expect(group2019).toBeVisible({ timeout: 60_000 });
  for (const node of scenario.oldNodes) {
    await expect(group2019.getByTestId(`lifecycle-node-${node}`)).toBeVisible();
  }
  await expect(page.getByTestId(`mixed-${scenario.machineSet2022}`)).toBeVisible();
  await expect(page.getByTestId('lifecycle-node-win2022-byoh-01')).toHaveAttribute(
    'data-state',
    'below-required-build',
  );
  await expect(page.getByTestId('byoh-owner-win2022-byoh-01')).toContainText('20348.681');
});

test('a 2019 → 2022 move lists the incompatible workload first; after the fix the replacement runs live to the old MachineSet at 0 and resumes after a reload', async ({
  page,
  stack,
  pluginHealth,
}) => {
  test.setTimeout(300_000);
  await page.goto('/windows/lifecycle?tab=compatibility');
  await expect(page.getByLabel('Target Windows build')).toBeVisible({ timeout: 60_000 });
  await page.getByLabel('Target Windows build').selectOption(build2022);
  const workloads = page.getByTestId('compatibility-workload');
  await expect(workloads.first()).toHaveAttribute('data-workload', legacyWeb);
  await expect(workloads.first()).toHaveAttribute('data-verdict', 'does-not-run');
  await expect(
    page.locator('[data-test="compatibility-workload"][data-verdict="does-not-run"]'),
  ).toHaveCount(1);

  await page.getByRole('tab', { name: 'Node replacement' }).click();
  const blocked = await previewMove2022(page);
  await expect(blocked.getByTestId('replacement-blockers')).toContainText('legacy-web');
  await expect(blocked.getByTestId('affected-workload').first()).toContainText(legacyWeb);
  await expect(blocked.getByTestId('affected-workload').first()).toHaveAttribute(
    'data-verdict',
    'does-not-run',
  );
  await expect(page.getByTestId('start-replacement')).toBeDisabled();

  const admin = new KubeClient({
    server: stack.cluster.server,
    caData: stack.cluster.caData,
    token: stack.cluster.tokens.admin,
  });
  const { fixedImage } = scenario.workloads(stack.cluster.imageRegistry ?? never());
  await admin.mergePatch(
    resources.deployments,
    { name: 'legacy-web', namespace: scenario.workloadNamespace },
    { spec: { template: { spec: { containers: [{ name: 'web', image: fixedImage }] } } } },
  );
  const clear = await previewMove2022(page);
  await expect(clear).toContainText('Nothing blocks this move');
  await page.getByTestId('start-replacement').click();
  await page.getByTestId('start-replacement-modal').getByRole('button', { name: 'Start' }).click();

  const card = page.getByTestId(`replacement-${scenario.machineSet2019}`);
  const steps = card.locator('[data-test^="replacement-step-"]');
  await expect(steps).toHaveCount(5);
  let navigations = 0;
  page.on('framenavigated', () => (navigations += 1));
  const seen = new Map<string, string[]>();
  let reloaded = false;
  /** Each step's states as the page showed them, in order. */
  const record = async () => {
    const states = await steps.evaluateAll((elements) =>
      elements.map((element) => ({
        step: element.getAttribute('data-test') ?? '',
        state: element.getAttribute('data-state') ?? '',
      })),
    );
    for (const { step, state } of states) {
      const history = seen.get(step) ?? [];
      if (history.at(-1) !== state) seen.set(step, [...history, state]);
    }
    return states;
  };
  await expect(async () => {
    const states = await record();
    const waitReady = states.find(({ step }) => step.endsWith('wait-nodes-ready'));
    if (!reloaded && waitReady?.state === 'done') {
      // Mid-way: what is done and what comes next is read back from the cluster.
      reloaded = true;
      await page.reload();
      await expect(card.getByTestId('replacement-step-wait-nodes-ready')).toHaveAttribute(
        'data-state',
        'done',
      );
      await expect(card.getByTestId('replacement-step-create-machine-set')).toHaveAttribute(
        'data-state',
        'done',
      );
    }
    const confirm = card.getByTestId('confirm-step');
    if (await confirm.isVisible()) {
      // A confirmation can cross the replacement moving on by itself: the BFF answers 409
      // `not-awaiting-confirmation`, the page says it had moved on, and this loop reads where it is.
      pluginHealth.expectFailures(/\/lifecycle\/replacements\/[^/]+\/confirm/);
      await confirm.click();
      await page.getByTestId('confirm-step-modal').getByRole('button', { name: 'Confirm' }).click();
      await expect(page.getByTestId('confirm-step-modal')).toBeHidden();
    }
    await expect(card).toHaveAttribute('data-status', 'finished', { timeout: 1000 });
  }).toPass({ timeout: 240_000, intervals: [250] });

  expect(reloaded, 'reloaded mid-way').toBe(true);
  expect(navigations, 'live without reloads, apart from the deliberate one').toBe(1);
  await record();
  for (const step of await steps.all()) await expect(step).toHaveAttribute('data-state', 'done');
  for (const step of ['scale-up', 'drain-old-nodes', 'scale-down-old']) {
    const states = seen.get(`replacement-step-${step}`) ?? [];
    expect(states.length, `${step} seen changing live: ${states.join(' → ')}`).toBeGreaterThan(1);
  }
  await expect(card.getByTestId('replacement-observed')).toContainText(
    'Old MachineSet: 0 replicas',
  );
  const old = await admin.get<KubernetesObject & { spec: { replicas: number } }>(
    resources.machineSets,
    scenario.machineSet2019,
    'openshift-machine-api',
  );
  expect(old.spec.replicas).toBe(0);
});

function never(): never {
  throw new Error('the lifecycle scenario starts its image registries');
}
