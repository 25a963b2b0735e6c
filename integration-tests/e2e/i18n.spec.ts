import type { Page } from '@playwright/test';
import { wmcoInstalledWithNodes } from '../cluster/scenarios/wmco-installed-with-nodes';
import { setConsoleLanguage } from './console-language';
import { expect, test } from './fixtures';
import { pluginEnglishOnPage, pluginWords } from './plugin-english';

// A browser context of its own: the console keeps the chosen language in its storage, which would carry
// into the next spec's pages.
test.use({ scenario: 'wmco-installed-with-nodes', isolation: 'console-language' });

/** Fails on English of the plugin's on the page, naming each text found. */
async function expectNoPluginEnglish(page: Page, language: string, where: string): Promise<void> {
  expect(await pluginEnglishOnPage(page, language), where).toEqual([]);
}

/** A new page loads the whole console before the plugin's: slow on a busy machine. */
const consoleLoad = { timeout: 45_000 };

/** Every Windows page, and what shows once its data has arrived. */
const windowsPages = [
  { path: '/windows/overview', loaded: 'readiness' },
  { path: '/windows/install', loaded: 'install-stage' },
  { path: '/windows/machinesets', loaded: 'machines-table' },
  { path: '/windows/byoh', loaded: 'byoh-instances' },
  { path: '/windows/workloads', loaded: 'builds-table' },
  { path: '/windows/upgrades', loaded: 'upgrade-nodes' },
  { path: '/windows/nodes', loaded: 'nodes-table' },
];

test.describe('in Simplified Chinese', () => {
  const zh = pluginWords('zh');
  const missingKeys: string[] = [];

  test.beforeEach(async ({ page }) => {
    missingKeys.length = 0;
    await setConsoleLanguage(page, 'zh-CN');
    page.on('console', (message) => {
      if (message.text().startsWith('Missing i18n key')) missingKeys.push(message.text());
    });
  });
  test.afterEach(() => {
    expect(missingKeys).toEqual([]);
  });

  for (const { path, loaded } of windowsPages) {
    test(`${path} shows no English of the plugin’s, nor does its nav`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByTestId(loaded).first()).toBeVisible(consoleLoad);
      // The nav is the plugin's too: its section opened, its links are checked with the page.
      const section = page
        .getByRole('navigation')
        .getByRole('button', { name: 'Windows', exact: true });
      if ((await section.getAttribute('aria-expanded')) !== 'true') await section.click();
      await expect(page.getByRole('link', { name: zh('Workloads') })).toBeVisible();
      await expectNoPluginEnglish(page, 'zh', path);
    });
  }

  test('the Overview’s findings are in Chinese, linking to the Chinese guide', async ({ page }) => {
    const notReady = wmcoInstalledWithNodes.nodes.filter((node) => !node.ready);
    await page.goto('/windows/overview');
    const finding = page.getByTestId('finding-nodes-not-ready');
    await expect(finding).toContainText(
      `${String(notReady.length)} 个 Windows 节点未就绪`,
      consoleLoad,
    );
    await expect(finding).toContainText(`未就绪：${notReady.map((n) => n.name).join('、')}。`);
    await expect(finding.getByTestId('guide-link')).toHaveText('指南 §3.3');
    await expect(finding.getByTestId('guide-link')).toHaveAttribute(
      'href',
      /^https:\/\/docs\.redhat\.com\/zh-cn\/documentation\/openshift_container_platform\/4\.12\//,
    );
    await expect(page.getByTestId('finding-wmco-installed')).toContainText('已安装 WMCO 10.22.0');
    await expectNoPluginEnglish(page, 'zh', 'overview');
  });

  test('the install and MachineSet wizards speak Chinese at every step', async ({ page }) => {
    await page.goto('/windows/install');
    await page.getByRole('button', { name: zh('Run the install wizard') }).click();
    const install = page.getByTestId('install-wizard');
    for (const step of ['Prerequisites', 'Operator', 'SSH key', 'Review']) {
      await expect(install.getByRole('button', { name: zh(step), exact: true })).toHaveAttribute(
        'aria-current',
        'step',
      );
      await expectNoPluginEnglish(page, 'zh', `install wizard: ${step}`);
      if (step !== 'Review') await install.getByRole('button', { name: zh('Next') }).click();
    }
    await install.getByRole('button', { name: zh('Cancel') }).click();

    await page.goto('/windows/machinesets');
    await page.getByRole('button', { name: zh('Create Windows MachineSet') }).click();
    const machineSet = page.getByTestId('machineset-wizard');
    await expectNoPluginEnglish(page, 'zh', 'MachineSet wizard: prerequisites');
    await machineSet.getByRole('button', { name: zh('Next') }).click();
    await machineSet.locator('#machineset-name').fill('win');
    await expectNoPluginEnglish(page, 'zh', 'MachineSet wizard: machines');
    await machineSet.getByRole('button', { name: zh('Next') }).click();
    await machineSet.locator('#machineset-ami').fill('ami-xyz');
    await expect(machineSet.getByTestId('machineset-ami-help')).toContainText(
      zh('An AMI id is ami- followed by 8 or 17 lowercase hexadecimal digits.'),
    );
    await expectNoPluginEnglish(page, 'zh', 'MachineSet wizard: image, with a wrong AMI');
    await machineSet.locator('#machineset-ami').fill('ami-0123456789abcdef0');
    await machineSet.getByRole('button', { name: zh('Next') }).click();
    await expect(machineSet.locator('#machineset-yaml')).toHaveValue(/kind: MachineSet/);
    await expectNoPluginEnglish(page, 'zh', 'MachineSet wizard: review');
  });

  test('BYOH, workload checks and their BFF codes speak Chinese', async ({ page }) => {
    await page.goto('/windows/byoh');
    await page.getByRole('button', { name: zh('Add instance') }).click();
    await page.locator('#byoh-address').fill('fd00::10');
    await expect(page.getByRole('dialog')).toContainText(
      zh('An IPv6 address: WMCO resolves keys to IPv4 only.'),
    );
    await expectNoPluginEnglish(page, 'zh', 'BYOH add dialog');
    await page.getByRole('button', { name: zh('Cancel') }).click();

    await page.goto('/windows/workloads');
    const tabs = page.getByRole('tab');
    await expect(tabs).toHaveCount(3);
    for (let index = 0; index < 3; index += 1) {
      await tabs.nth(index).click();
      await expectNoPluginEnglish(page, 'zh', `workloads tab ${String(index + 1)}`);
    }
    await page.getByRole('button', { name: zh('Pasted YAML') }).click();
    await page
      .locator('#check-yaml')
      .fill(
        [
          'apiVersion: apps/v1',
          'kind: Deployment',
          'metadata: {name: web}',
          'spec:',
          '  template:',
          '    spec:',
          '      hostNetwork: true',
          '      containers:',
          '      - {name: web, image: "mcr.microsoft.com/windows/servercore:ltsc2019"}',
        ].join('\n'),
      );
    await page.getByTestId('check-button').click();
    await expect(page.getByTestId('check-finding-host-network')).toContainText(
      zh('The pod uses the host network'),
    );
    await expectNoPluginEnglish(page, 'zh', 'workload check result');
  });
});

test.describe('in Japanese', () => {
  test('the Overview and its findings are in Japanese', async ({ page }) => {
    await setConsoleLanguage(page, 'ja');
    const notReady = wmcoInstalledWithNodes.nodes.filter((node) => !node.ready);
    await page.goto('/windows/overview');
    await expect(page.getByTestId('finding-nodes-not-ready')).toContainText(
      `${String(notReady.length)} 個の Windows ノードが Ready ではありません`,
      consoleLoad,
    );
    await expect(
      page.getByTestId('finding-nodes-not-ready').getByTestId('guide-link'),
    ).toHaveAttribute('href', /^https:\/\/docs\.redhat\.com\/ja\//);
    await expectNoPluginEnglish(page, 'ja', 'overview');
  });
});
