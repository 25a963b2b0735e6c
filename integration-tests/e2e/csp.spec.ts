// The plugin under the console's Content-Security-Policy, enforced. Console 4.22 run off-cluster sends
// its policy (its defaults plus the plugins' directives) as Content-Security-Policy-Report-Only; in a
// cluster it enforces the same policy. Every document the console serves here is given that same policy
// as Content-Security-Policy, and every violation the browser reports is collected: the plugin's pages,
// streams and assets must cause none.
import type { Page } from '@playwright/test';
import { wmcoInstalledWithNodes as truth } from '../cluster/scenarios/wmco-installed-with-nodes';
import { windowsNav } from './console-nav';
import { expect, test } from './fixtures';

test.use({ scenario: 'wmco-installed-with-nodes' });

interface Violation {
  directive: string;
  blockedURI: string;
  sourceFile: string;
  disposition: string;
}

declare global {
  interface Window {
    cspViolations?: Violation[];
  }
}

/** The console's own policy, enforced: the report-only header renamed, its value (and nonce) kept. */
async function enforceConsolePolicy(page: Page, policies: string[]): Promise<void> {
  await page.route(
    (url) => !url.pathname.startsWith('/api/'),
    async (route) => {
      if (route.request().resourceType() !== 'document') {
        await route.fallback();
        return;
      }
      const response = await route.fetch();
      const {
        'content-security-policy-report-only': reportOnly,
        'content-security-policy': enforced,
        ...headers
      } = response.headers();
      const policy = enforced ?? reportOnly;
      if (policy) policies.push(policy);
      await route.fulfill({
        response,
        headers: policy ? { ...headers, 'content-security-policy': policy } : headers,
      });
    },
  );
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations?.push({
        directive: event.effectiveDirective,
        blockedURI: event.blockedURI,
        sourceFile: event.sourceFile,
        disposition: event.disposition,
      });
    });
  });
}

const violations = (page: Page) => page.evaluate(() => window.cspViolations ?? []);

test('every Windows page works under the console’s CSP, enforced, with no violation', async ({
  page,
}) => {
  const policies: string[] = [];
  await enforceConsolePolicy(page, policies);
  await page.goto('/windows/overview');
  expect(policies.length, 'the console sent its policy').toBeGreaterThan(0);
  expect(policies[0]).toMatch(/default-src 'self'/);
  await expect(page.getByTestId('card-nodes')).toContainText(String(truth.nodes.length));

  const nav = await windowsNav(page);
  const open = async (link: string, heading: string) => {
    await nav.getByRole('link', { name: link, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  };
  await open('Install', 'Install the Windows Machine Config Operator');
  await expect(page.getByTestId('install-stage')).toHaveText('Installed');
  await open('MachineSets', 'Windows MachineSets');
  await expect(page.getByTestId(`machineset-${truth.windowsMachineSet.name}`)).toBeVisible();
  await open('BYOH instances', 'Bring-Your-Own-Host Windows instances');
  for (const address of Object.keys(truth.byohInstances))
    await expect(page.getByTestId(`instance-${address}`)).toBeVisible();
  await open('Workloads', 'Windows workloads');
  for (const build of new Set(truth.nodes.map((node) => node.build)))
    await expect(page.getByTestId(`build-${build}`)).toBeVisible();
  await open('Upgrades', 'WMCO upgrades');
  await expect(page.getByTestId('wmco-installed')).toContainText(truth.version);
  await open('Nodes', 'Windows nodes');
  await expect(page.getByTestId('nodes-table').locator('tbody tr')).toHaveCount(truth.nodes.length);
  // A reload: the plugin's scripts and styles load again under the policy from the first byte.
  await page.reload();
  await expect(page.getByTestId('nodes-table').locator('tbody tr')).toHaveCount(truth.nodes.length);
  expect(await violations(page), 'no CSP violation').toEqual([]);

  // The control: something the policy forbids is refused and reported, so the silence above is real.
  await page.evaluate(() => {
    const image = new Image();
    image.src = 'http://127.0.0.2:9/forbidden.png';
    document.body.append(image);
  });
  await expect
    .poll(() => violations(page))
    .toEqual([
      {
        directive: 'img-src',
        blockedURI: 'http://127.0.0.2:9/forbidden.png',
        sourceFile: expect.any(String) as string,
        disposition: 'enforce',
      },
    ]);
});
