// The plugin under the console's Content-Security-Policy, enforced. Console 4.22 run off-cluster sends
// its policy (its defaults plus the plugins' directives) as Content-Security-Policy-Report-Only; in a
// cluster it enforces the same policy. Every document the console serves here is given that same policy
// as Content-Security-Policy, and every violation the browser reports is collected: the plugin's pages,
// streams and assets must cause none.
import type { Page } from '@playwright/test';
import { wmcoInstalledWithNodes as truth } from '../cluster/scenarios/wmco-installed-with-nodes';
import { walkEveryPage } from './every-page';
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
  await walkEveryPage(page);
  expect(policies.length, 'the console sent its policy').toBeGreaterThan(0);
  expect(policies[0]).toMatch(/default-src 'self'/);
  expect(await violations(page), 'no CSP violation on any page').toEqual([]);
  // A reload: the plugin's scripts and styles load again under the policy from the first byte.
  await page.reload();
  await expect(page.getByTestId('nodes-table').locator('tbody tr')).toHaveCount(truth.nodes.length);
  expect(await violations(page), 'no CSP violation after the reload').toEqual([]);

  // The control: something the policy forbids is refused and reported, so the silence above is real.
  await page.evaluate(() => {
    const image = new Image();
    image.src = 'http://127.0.0.2:9/forbidden.png';
    document.body.append(image);
  });
  await expect
    .poll(async () =>
      (await violations(page)).map(({ directive, blockedURI, disposition }) => ({
        directive,
        blockedURI,
        disposition,
      })),
    )
    .toEqual([
      {
        directive: 'img-src',
        blockedURI: 'http://127.0.0.2:9/forbidden.png',
        disposition: 'enforce',
      },
    ]);
});
